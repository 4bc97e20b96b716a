package org.tidtam.thai;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;

/**
 * Dates as the registry desk writes and types them: Buddhist-era years (พ.ศ. = ค.ศ. + 543) and Thai month
 * names. The written forms come from {@link ThaiDateStyle} (one place for the names, Thai and English);
 * this class adds the numeric form a date field shows and reading what a person types.
 */
public final class ThaiDateFormat {
    public static final int BE_OFFSET = 543;
    public static final int MIN_YEAR_BE = 2400;
    public static final int MAX_YEAR_BE = 2700;

    static final List<String> MONTHS = List.of(ThaiMonths.FULL);
    static final List<String> MONTHS_SHORT = List.of(ThaiMonths.ABBREVIATED);

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2})\\s*([ก-๛.]+?)\\s*(?:พ\\.ศ\\.)?\\s*(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:.]\\s*(\\d{2})\\s*(?:น\\.?)?");

    private ThaiDateFormat() { }

    /** "๒๕ ธันวาคม ๒๕๖๗" (Thai digits); "" for null. */
    public static String format(LocalDate date) { return ThaiDigits.toThai(formatArabic(date)); }

    /** "25 ธันวาคม 2567"; "" for null. */
    public static String formatArabic(LocalDate date) { return longDate(date); }

    /** "25 ธันวาคม 2567"; "" for null. */
    public static String longDate(LocalDate date) { return ThaiDateStyle.FULL.format(date); }

    /** "25 ธ.ค. 2567", the register table's form; "" for null. */
    public static String shortDate(LocalDate date) { return ThaiDateStyle.SHORT.format(date); }

    /** As {@link #longDate(LocalDate)} in the messages' language: "25 December 2567" in English. */
    public static String longDate(LocalDate date, Messages m) { return ThaiDateStyle.FULL.in(m).format(date); }

    /** As {@link #shortDate(LocalDate)} in the messages' language: "25 Dec 2567" in English. */
    public static String shortDate(LocalDate date, Messages m) { return ThaiDateStyle.SHORT.in(m).format(date); }

    /** "25/12/2567", the form a date field shows and accepts. */
    public static String numeric(LocalDate date) {
        return date == null ? "" : String.format(Locale.ROOT, "%d/%d/%d", date.getDayOfMonth(), date.getMonthValue(),
                yearBe(date));
    }

    /** "14:30". */
    public static String time(LocalTime time) {
        return time == null ? "" : String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }

    public static int yearBe(LocalDate date) { return ThaiDateStyle.yearBe(date); }

    /**
     * Reads a พ.ศ. date typed by a person: 25/12/2567, ๒๕/๑๒/๒๕๖๗, 25.12.2567, 25 ธันวาคม 2567, 25 ธ.ค. 2567.
     * Blank gives null. Throws TidtamException errors.date.invalid or errors.date.yearRange quoting the input.
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String ascii = ThaiDigits.toArabic(text.strip());
        Matcher m = NUMERIC.matcher(ascii);
        if (m.matches()) {
            return of(text, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = WORDS.matcher(ascii);
        if (m.matches()) {
            int month = monthOf(m.group(2));
            if (month > 0) {
                return of(text, Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
            }
        }
        throw new TidtamException("errors.date.invalid", text);
    }

    /** Reads "14:30", "14.30", "๑๔.๓๐ น."; blank gives null. Throws TidtamException errors.time.invalid. */
    public static LocalTime parseTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = TIME.matcher(ThaiDigits.toArabic(text.strip()));
        try {
            if (m.matches()) {
                return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        } catch (DateTimeException e) {
            throw new TidtamException(e, "errors.time.invalid", text);
        }
        throw new TidtamException("errors.time.invalid", text);
    }

    private static LocalDate of(String input, int yearBe, int month, int day) {
        if (yearBe < MIN_YEAR_BE || yearBe > MAX_YEAR_BE) {
            throw new TidtamException("errors.date.yearRange", String.valueOf(yearBe));
        }
        try {
            return LocalDate.of(yearBe - BE_OFFSET, month, day);
        } catch (DateTimeException e) {
            throw new TidtamException(e, "errors.date.invalid", input);
        }
    }

    private static int monthOf(String word) {
        String w = word.replace(" ", "");
        int i = MONTHS.indexOf(w);
        if (i < 0) {
            i = MONTHS_SHORT.indexOf(w.endsWith(".") ? w : w + ".");
        }
        return i + 1;
    }
}
