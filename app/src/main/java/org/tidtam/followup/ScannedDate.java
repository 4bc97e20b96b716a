package org.tidtam.followup;

import java.time.LocalDate;
import java.util.Optional;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.Span;
import org.tidtam.thai.ClockTime;
import org.tidtam.thai.DateMatch;
import org.tidtam.thai.ResolvedDate;
import org.tidtam.thai.ThaiDateScanner;
import org.tidtam.thai.ThaiDigits;

/**
 * The new day of a change read straight from the words after the change with the Thai date scanner, for
 * when the extractor kept only one deadline of a day ("เปลี่ยนแปลงเวลาประชุมเป็นวันที่ ๑๕ … เวลา ๑๓.๓๐ น."
 * repeats the old day with a new time, which the extractor merges into the old one).
 */
final class ScannedDate {
    private ScannedDate() { }

    /** Dates in [from, to) of text as proposed deadlines (span into text); the first that passes wanted. */
    static Optional<Deadline> first(String text, int from, int to, LocalDate reference,
                                    java.util.function.Predicate<Deadline> wanted) {
        int end = Math.min(to, text.length());
        String digits = ThaiDigits.toArabic(text); // one character for one: offsets stay
        for (DateMatch m : ThaiDateScanner.scan(digits.substring(from, end))) {
            ResolvedDate day = m.resolve(reference);
            if (day == null) {
                continue;
            }
            ClockTime time = ClockTime.after(digits, from + m.end());
            int stop = time == null ? from + m.end() : time.endOffset();
            Deadline d = Deadline.proposed(DeadlineKind.OTHER, day.first(), day.last(),
                    time == null ? null : time.start(), null, text.substring(from + m.start(), stop),
                    new Span(from + m.start(), stop), 0.6);
            if (wanted.test(d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
