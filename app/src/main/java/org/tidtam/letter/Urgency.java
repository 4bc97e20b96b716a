package org.tidtam.letter;

/** Urgency printed above a letter's number, in rising order. The names match the extractor's JSON. */
public enum Urgency {
    NORMAL("ปกติ"), URGENT("ด่วน"), VERY_URGENT("ด่วนมาก"), MOST_URGENT("ด่วนที่สุด");

    private final String thai;

    Urgency(String thai) { this.thai = thai; }

    /** The word as printed on a letter (ปกติ for none). */
    public String thai() { return thai; }

    /** The JSON form: null for a normal letter, as in the gold files. */
    public String jsonName() { return this == NORMAL ? null : name(); }

    public static Urgency fromJsonName(String name) { return name == null ? NORMAL : valueOf(name); }
}
