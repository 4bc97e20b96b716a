package org.tidtam.remind;

/** Why a day is a holiday; the shipped table's "kind" column. */
public enum HolidayKind {
    /** A fixed-date public holiday (New Year, Songkran, royal days). */
    PUBLIC,
    /** A Buddhist holiday set by the lunar calendar (มาฆบูชา, วิสาขบูชา, อาสาฬหบูชา, เข้าพรรษา). */
    LUNAR,
    /** วันหยุดชดเชย: the working day given back when a holiday falls on a weekend. */
    SUBSTITUTION,
    /** วันหยุดพิเศษ: an extra day the cabinet declares (ครม. มีมติ). */
    SPECIAL,
    /** A day off for government offices only, such as วันพืชมงคล. */
    GOVERNMENT
}
