package org.tidtam.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.LetterStatus;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;
import org.tidtam.thai.ThaiDateStyle;

/** The words and date forms of a report in the user's language; dates are always พ.ศ. with Thai months. */
public final class ReportText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private final Messages messages;
    private final ThaiDateStyle shortDate;
    private final ThaiDateStyle longDate;

    public ReportText(Messages messages, boolean thaiDigits) {
        this.messages = messages == null ? Messages.thai() : messages;
        this.shortDate = ThaiDateStyle.SHORT.withThaiDigits(thaiDigits);
        this.longDate = ThaiDateStyle.FULL.withThaiDigits(thaiDigits);
    }

    public Messages messages() { return messages; }

    public boolean thaiDigits() { return shortDate.usesThaiDigits(); }

    public String get(String key, Object... args) { return messages.get("report." + key, args); }

    /** "12 พ.ค. 2568", for table cells. */
    public String date(LocalDate d) { return shortDate.format(d); }

    /** "12 พฤษภาคม 2568", for titles. */
    public String longDate(LocalDate d) { return longDate.format(d); }

    /** "จ. 12 พ.ค.": a day of a week whose year the title already gives. */
    public String dayLabel(LocalDate d) {
        String full = shortDate.formatWithWeekday(d);
        return full.substring(0, full.lastIndexOf(' '));
    }

    /** "13.30 น."; "" when there is no time. */
    public String time(LocalTime t) { return t == null ? "" : shortDate.digits(get("time", TIME.format(t))); }

    public String urgency(Urgency u) { return get("urgency." + u.name()); }

    public String status(LetterStatus s) { return s == null ? "" : get("status." + s.name()); }

    public String kind(DeadlineKind k) { return get("kind." + k.name()); }

    public String secrecy(Secrecy s) { return s == null || !s.isClassified() ? "" : get("secrecy." + s.name()); }
}
