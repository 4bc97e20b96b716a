package org.tidtam.remind;

/** The dashboard's groups of open deadlines, in the order the dashboard shows them. */
public enum Bucket {
    /** The last day has passed. */
    OVERDUE,
    /** Due today, or a period or multi-day meeting that is running today. */
    TODAY,
    /** From tomorrow to this Sunday (weeks run Monday to Sunday). */
    THIS_WEEK,
    /** The two weeks after this Sunday. */
    NEXT_TWO_WEEKS,
    /** Later than that. */
    LATER,
    /** A relative deadline whose day is not known yet (no received date). */
    UNDATED
}
