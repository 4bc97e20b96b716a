package org.tidtam.thai;

/** The written forms of a date that {@link ThaiDateScanner} reads, each with an example and what it yields. */
public enum DateForm {
    /** "วันพุธที่ ๒๕ ธันวาคม ๒๕๖๗", "๒๕ ธ.ค. ๖๗", "25 December-style with Arabic digits" → one day. */
    DAY_MONTH_YEAR("วันพุธที่ ๒๕ ธันวาคม ๒๕๖๗ | ๒๕ ธ.ค. ๖๗", "one day"),
    /** "๒๐ ธันวาคม นี้" → one day; the year is the next on or after the letter's date. */
    DAY_MONTH("๒๐ ธันวาคม", "one day, year from the letter's date"),
    /** "๑๗ - ๑๙ มีนาคม ๒๕๖๘" → first and last day. */
    DAY_RANGE("๑๗ - ๑๙ มีนาคม ๒๕๖๘", "first and last day"),
    /** "๓๐ มีนาคม - ๒ เมษายน ๒๕๖๘", "วันที่ ๑ ถึงวันที่ ๕ มีนาคม" → first and last day. */
    DATE_RANGE("วันที่ ๓๐ มีนาคม ถึงวันที่ ๒ เมษายน ๒๕๖๘", "first and last day"),
    /** "๑๕/๑/๒๕๖๘", "๑๕.๑.๒๕๖๘", "15/01/68" → one day. */
    NUMERIC("๑๕/๑/๒๕๖๘ | ๑๕.๑.๒๕๖๘", "one day"),
    /** "เดือนมีนาคม ๒๕๖๘", "สิ้นเดือนมีนาคม" → the whole month (first and last day). */
    MONTH("สิ้นเดือนมีนาคม ๒๕๖๘", "the whole month"),
    /** "เดือนพฤษภาคม - กรกฎาคม ๒๕๕๘" → first day of the first month to last day of the last. */
    MONTH_RANGE("เดือนพฤษภาคม - กรกฎาคม ๒๕๕๘", "first day of the first month, last day of the last");

    private final String example;
    private final String yields;

    DateForm(String example, String yields) {
        this.example = example;
        this.yields = yields;
    }

    public String example() { return example; }

    public String yields() { return yields; }

    @Override
    public String toString() { return name() + " (" + example + " → " + yields + ")"; }
}
