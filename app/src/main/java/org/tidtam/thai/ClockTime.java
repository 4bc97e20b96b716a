package org.tidtam.thai;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clock time written after a date: "เวลา ๑๓.๓๐ น.", "เวลา ๑๓.๓๐ - ๑๕.๐๐ น.", "ตั้งแต่เวลา 09:00 นาฬิกา".
 *
 * @param start the start time
 * @param end   the end time of a range, else null
 * @param endOffset where the time's words end in the scanned text
 */
public record ClockTime(LocalTime start, LocalTime end, int endOffset) {
    private static final Pattern AFTER_DATE = Pattern.compile(
            "[\\s,]{0,4}(?:ตั้งแต่|ระหว่าง)?\\s?เวลา\\s?(\\d{1,2})\\s?[.:]\\s?(\\d{2})"
            + "(?:\\s?(?:-|ถึง)\\s?(?:เวลา\\s?)?(\\d{1,2})\\s?[.:]\\s?(\\d{2}))?\\s?(?:น\\.|นาฬิกา)?");

    /** The time that starts right at {@code from} (after a few spaces), or null. */
    public static ClockTime after(CharSequence text, int from) {
        if (from >= text.length()) {
            return null;
        }
        Matcher m = AFTER_DATE.matcher(text);
        m.region(from, Math.min(text.length(), from + 80));
        if (!m.lookingAt()) {
            return null;
        }
        LocalTime start = time(m.group(1), m.group(2));
        if (start == null) {
            return null;
        }
        LocalTime end = m.group(3) == null ? null : time(m.group(3), m.group(4));
        return new ClockTime(start, end, m.end());
    }

    private static LocalTime time(String h, String m) {
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(m);
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }
}
