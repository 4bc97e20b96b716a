package org.tidtam.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.LetterValidator;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;
import org.tidtam.thai.ThaiDigits;

/**
 * Reads option values typed on the command line. Dates are YYYY-MM-DD; a year of 2300 or more is read as
 * พ.ศ. (2568-03-10), below as ค.ศ. (2025-03-10). Thai digits are accepted everywhere.
 */
final class CliInput {
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})[T ](\\d{1,2})[:.](\\d{2})");
    private static final int BE_THRESHOLD = 2300;

    private CliInput() { }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = DATE.matcher(ThaiDigits.toArabic(text.strip()));
        if (!m.matches()) {
            throw new TidtamException("errors.date.invalid", text);
        }
        int year = Integer.parseInt(m.group(1));
        int ce = year >= BE_THRESHOLD ? year - 543 : year;
        int be = ce + 543;
        if (be < LetterValidator.MIN_YEAR_BE || be > LetterValidator.MAX_YEAR_BE) {
            throw new TidtamException("errors.date.yearRange", String.valueOf(be));
        }
        try {
            return LocalDate.of(ce, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new TidtamException(e, "errors.date.invalid", text);
        }
    }

    static LocalDateTime dateTime(String text) {
        Matcher m = DATE_TIME.matcher(ThaiDigits.toArabic(text.strip()));
        if (!m.matches()) {
            throw new TidtamException("register.dateTime.invalid", text);
        }
        LocalDate day = date(m.group(1));
        try {
            return day.atTime(LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            throw new TidtamException(e, "register.dateTime.invalid", text);
        }
    }

    static int yearBe(String text) {
        String digits = ThaiDigits.toArabic(text.strip());
        int year;
        try {
            year = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new TidtamException(e, "errors.date.yearRange", text);
        }
        if (year < LetterValidator.MIN_YEAR_BE || year > LetterValidator.MAX_YEAR_BE) {
            throw new TidtamException("errors.date.yearRange", text);
        }
        return year;
    }

    static RegistrationNumber regNo(String text) {
        try {
            return RegistrationNumber.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TidtamException(e, "register.regNo.invalid", text);
        }
    }

    static Urgency urgency(String text) {
        if (text == null) {
            return null;
        }
        for (Urgency u : Urgency.values()) {
            if (u.name().equalsIgnoreCase(text.strip().replace('-', '_')) || u.thai().equals(text.strip())) {
                return u;
            }
        }
        throw new TidtamException("register.urgency.invalid", text);
    }

    static Secrecy secrecy(String text) {
        if (text == null) {
            return null;
        }
        for (Secrecy s : Secrecy.values()) {
            if (s.name().equalsIgnoreCase(text.strip().replace('-', '_')) || s.thai().equals(text.strip())) {
                return s;
            }
        }
        throw new TidtamException("register.secrecy.invalid", text.toLowerCase(Locale.ROOT));
    }
}
