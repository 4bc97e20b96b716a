package org.tidtam.report;

/**
 * How the weekly summary is built.
 *
 * @param includeSecretSubjects show subjects and actions of classified letters (ลับ, ลับมาก, ลับที่สุด);
 *                              off by default, so a summary passed around shows only the grade
 * @param comingDays            how many days from the reference day count as "due soon" (7 = a week)
 */
public record SummaryOptions(boolean includeSecretSubjects, int comingDays) {
    public SummaryOptions {
        if (comingDays < 1 || comingDays > 366) {
            throw new IllegalArgumentException("coming days must be 1..366: " + comingDays);
        }
    }

    public static SummaryOptions defaults() { return new SummaryOptions(false, 7); }

    public SummaryOptions withSecretSubjects(boolean on) { return new SummaryOptions(on, comingDays); }
}
