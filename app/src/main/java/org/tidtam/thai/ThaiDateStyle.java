package org.tidtam.thai;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.tidtam.i18n.Messages;

/**
 * Writes dates the way Thai offices print them: Buddhist-era year (พ.ศ. = ค.ศ. + 543) and Thai month names,
 * optionally in Thai digits. {@code ThaiDateStyle.FULL.format(2024-12-25)} is "25 ธันวาคม 2567";
 * {@code SHORT.withThaiDigits().format(…)} is "๒๕ ธ.ค. ๒๕๖๗"; {@code SHORT.withEra()} writes "25 ธ.ค. พ.ศ. 2567".
 * For the English window the same forms come with English names and the year still in B.E.
 * ({@link #in(Messages)}): "25 December 2567", "25 Dec 2567", "25 Dec B.E. 2567". Official documents
 * (reports) stay Thai whatever the window's language. Names are written here, not taken from the JDK's
 * locale data, which a trimmed runtime may lack. Immutable and thread-safe.
 */
public final class ThaiDateStyle {
    public static final int BE_OFFSET = 543;
    public static final ThaiDateStyle FULL = new ThaiDateStyle(false, false, false, false);
    public static final ThaiDateStyle SHORT = new ThaiDateStyle(true, false, false, false);

    private static final List<String> MONTHS = List.of(ThaiMonths.FULL);
    private static final List<String> MONTHS_SHORT = List.of(ThaiMonths.ABBREVIATED);
    private static final List<String> WEEKDAYS = List.of("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์",
            "อาทิตย์");
    private static final List<String> WEEKDAYS_SHORT = List.of("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา.");
    private static final List<String> EN_MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> EN_WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    private final boolean abbreviated;
    private final boolean thaiDigits;
    private final boolean english;
    private final boolean era;

    private ThaiDateStyle(boolean abbreviated, boolean thaiDigits, boolean english, boolean era) {
        this.abbreviated = abbreviated;
        this.thaiDigits = thaiDigits;
        this.english = english;
        this.era = era;
    }

    public ThaiDateStyle withThaiDigits() { return withThaiDigits(true); }

    public ThaiDateStyle withThaiDigits(boolean on) { return new ThaiDateStyle(abbreviated, on, english, era); }

    /** Names the era before the year: "15 พ.ค. พ.ศ. 2568", "15 May B.E. 2568". */
    public ThaiDateStyle withEra() { return new ThaiDateStyle(abbreviated, thaiDigits, english, true); }

    /** English month and weekday names (the year stays B.E., the digits Arabic), or Thai ones. */
    public ThaiDateStyle inEnglish(boolean on) { return new ThaiDateStyle(abbreviated, thaiDigits && !on, on, era); }

    /** In the language of these messages: Thai names for the Thai window, English ones for the English. */
    public ThaiDateStyle in(Messages messages) { return inEnglish(!messages.isThai()); }

    public boolean usesThaiDigits() { return thaiDigits; }

    /** "25 ธันวาคม 2567" (or abbreviated / Thai digits / English / with era as configured); "" for null. */
    public String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        String text = date.getDayOfMonth() + " " + month(date.getMonthValue()) + " "
                + (era ? (english ? "B.E. " : "พ.ศ. ") : "") + yearBe(date);
        return digits(text);
    }

    /** "วันพุธที่ 25 ธันวาคม 2567", or "พ. 25 ธ.ค. 2567" when abbreviated; "Wednesday 25 December 2567". */
    public String formatWithWeekday(LocalDate date) {
        if (date == null) {
            return "";
        }
        String day = weekday(date.getDayOfWeek());
        return abbreviated || english ? day + " " + format(date) : "วัน" + day + "ที่ " + format(date);
    }

    /** "พุธ" or, abbreviated, "พ."; "Wednesday" or "Wed". */
    public String weekday(DayOfWeek day) {
        if (english) {
            String name = EN_WEEKDAYS.get(day.getValue() - 1);
            return abbreviated ? name.substring(0, 3) : name;
        }
        return (abbreviated ? WEEKDAYS_SHORT : WEEKDAYS).get(day.getValue() - 1);
    }

    /** Arabic or Thai digits in any text, as this format is configured. */
    public String digits(String text) { return thaiDigits ? ThaiDigits.toThai(text) : text; }

    public static int yearBe(LocalDate date) { return date.getYear() + BE_OFFSET; }

    private String month(int month) {
        if (english) {
            String name = EN_MONTHS.get(month - 1);
            return abbreviated ? name.substring(0, 3) : name;
        }
        return (abbreviated ? MONTHS_SHORT : MONTHS).get(month - 1);
    }
}
