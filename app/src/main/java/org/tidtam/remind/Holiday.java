package org.tidtam.remind;

import java.time.LocalDate;

/**
 * One day on which government offices are closed.
 *
 * @param day    the day
 * @param nameTh its Thai name, e.g. วันหยุดชดเชยวันสงกรานต์
 * @param nameEn its English name (may be blank for days the user adds)
 * @param kind   why it is a holiday
 * @param source whether it came with Tidtam or the user added it
 */
public record Holiday(LocalDate day, String nameTh, String nameEn, HolidayKind kind, Source source) {

    /** Where a holiday row comes from. */
    public enum Source { SHIPPED, USER }

    public Holiday {
        if (day == null) {
            throw new IllegalArgumentException("holiday needs a day");
        }
        if (nameTh == null || nameTh.isBlank()) {
            throw new IllegalArgumentException("holiday " + day + " needs a Thai name");
        }
        nameTh = nameTh.strip();
        nameEn = nameEn == null ? "" : nameEn.strip();
        kind = kind == null ? HolidayKind.SPECIAL : kind;
        source = source == null ? Source.USER : source;
    }

    /** A day the user adds, typically a cabinet-declared special holiday. */
    public static Holiday userDay(LocalDate day, String nameTh, HolidayKind kind) {
        return new Holiday(day, nameTh, "", kind, Source.USER);
    }

    /** The name in the requested language, falling back to Thai. */
    public String name(boolean thai) {
        return thai || nameEn.isEmpty() ? nameTh : nameEn;
    }
}
