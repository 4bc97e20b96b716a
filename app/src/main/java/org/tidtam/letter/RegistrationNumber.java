package org.tidtam.letter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * เลขทะเบียนรับ: runs from 1 through each calendar year. The year is kept in พ.ศ. because that is how
 * the register and the receiving stamp show it ("15/2568"); text form here is YEAR/NUMBER, e.g. 2568/15.
 */
public record RegistrationNumber(int yearBe, int number) implements Comparable<RegistrationNumber> {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d{4})\\s*/\\s*(\\d{1,9})\\s*");

    public RegistrationNumber {
        if (yearBe < 2400 || yearBe > 2700) {
            throw new IllegalArgumentException("year " + yearBe + " is outside พ.ศ. 2400–2700");
        }
        if (number < 1) {
            throw new IllegalArgumentException("registration number must be 1 or more: " + number);
        }
    }

    /** Parses "2568/15" (Thai digits accepted). */
    public static RegistrationNumber parse(String text) {
        String ascii = text == null ? "" : org.tidtam.thai.ThaiDigits.toArabic(text);
        Matcher m = FORM.matcher(ascii);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not YEAR/NUMBER, e.g. 2568/15");
        }
        return new RegistrationNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public int yearCe() { return yearBe - 543; }

    @Override
    public int compareTo(RegistrationNumber o) {
        return yearBe != o.yearBe ? Integer.compare(yearBe, o.yearBe) : Integer.compare(number, o.number);
    }

    @Override
    public String toString() { return yearBe + "/" + number; }
}
