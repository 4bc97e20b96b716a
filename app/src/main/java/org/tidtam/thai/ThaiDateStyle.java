package org.tidtam.thai;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes dates the way Thai offices print them: Buddhist-era year (พ.ศ. = ค.ศ. + 543) and Thai month names,
 * optionally in Thai digits. {@code ThaiDateStyle.FULL.format(2024-12-25)} is "25 ธันวาคม 2567";
 * {@code SHORT.withThaiDigits().format(…)} is "๒๕ ธ.ค. ๒๕๖๗". Immutable and thread-safe.
 */
public final class ThaiDateStyle {
    public static final int BE_OFFSET = 543;
    public static final ThaiDateStyle FULL = new ThaiDateStyle(false, false);
    public static final ThaiDateStyle SHORT = new ThaiDateStyle(true, false);

    private static final List<String> MONTHS = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
            "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");
    private static final List<String> MONTHS_SHORT = List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
            "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");
    private static final List<String> WEEKDAYS = List.of("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์",
            "อาทิตย์");
    private static final List<String> WEEKDAYS_SHORT = List.of("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา.");

    private final boolean abbreviated;
    private final boolean thaiDigits;

    private ThaiDateStyle(boolean abbreviated, boolean thaiDigits) {
        this.abbreviated = abbreviated;
        this.thaiDigits = thaiDigits;
    }

    public ThaiDateStyle withThaiDigits() { return new ThaiDateStyle(abbreviated, true); }

    public ThaiDateStyle withThaiDigits(boolean on) { return new ThaiDateStyle(abbreviated, on); }

    public boolean usesThaiDigits() { return thaiDigits; }

    /** "25 ธันวาคม 2567" (or abbreviated / Thai digits as configured); "" for null. */
    public String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        List<String> months = abbreviated ? MONTHS_SHORT : MONTHS;
        String text = date.getDayOfMonth() + " " + months.get(date.getMonthValue() - 1) + " " + yearBe(date);
        return digits(text);
    }

    /** "วันพุธที่ 25 ธันวาคม 2567", or "พ. 25 ธ.ค. 2567" when abbreviated. */
    public String formatWithWeekday(LocalDate date) {
        if (date == null) {
            return "";
        }
        String day = weekday(date.getDayOfWeek());
        return abbreviated ? day + " " + format(date)
                : "วัน" + day + "ที่ " + format(date);
    }

    /** "พุธ" or, abbreviated, "พ.". */
    public String weekday(DayOfWeek day) {
        return (abbreviated ? WEEKDAYS_SHORT : WEEKDAYS).get(day.getValue() - 1);
    }

    /** Arabic or Thai digits in any text, as this format is configured. */
    public String digits(String text) { return thaiDigits ? ThaiDigits.toThai(text) : text; }

    public static int yearBe(LocalDate date) { return date.getYear() + BE_OFFSET; }
}
