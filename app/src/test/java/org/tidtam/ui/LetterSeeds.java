package org.tidtam.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.tidtam.app.Core;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.Letter;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;

/** Letters that seed a screen test's register: plain defaults, so a test names only what it is about. */
public final class LetterSeeds {
    private final LocalDateTime received;
    private String number = "มท 0310/1";
    private LocalDate date = LocalDate.of(2025, 1, 10);
    private String sender = "กรมการปกครอง";
    private String recipient = "นายอำเภอ";
    private String subject = "ขอเชิญประชุม";
    private Urgency urgency = Urgency.NORMAL;
    private Secrecy secrecy = Secrecy.NORMAL;
    private String unit = "";
    private String officer = "";
    private String text = "";

    private LetterSeeds(LocalDateTime received) { this.received = received; }

    public static LetterSeeds receivedAt(LocalDateTime received) { return new LetterSeeds(received); }

    public LetterSeeds number(String value) { number = value; return this; }

    public LetterSeeds dated(LocalDate value) { date = value; return this; }

    public LetterSeeds from(String value) { sender = value; return this; }

    public LetterSeeds to(String value) { recipient = value; return this; }

    public LetterSeeds subject(String value) { subject = value; return this; }

    public LetterSeeds urgency(Urgency value) { urgency = value; return this; }

    public LetterSeeds secrecy(Secrecy value) { secrecy = value; return this; }

    public LetterSeeds assignedTo(String unitName, String officerName) {
        unit = unitName;
        officer = officerName;
        return this;
    }

    public LetterSeeds text(String value) { text = value; return this; }

    public LetterDraft draft() {
        return new LetterDraft(number, date, sender, recipient, subject, urgency, secrecy, received, "", unit, officer,
                "", text, List.<Deadline>of(), null, null);
    }

    /** Registers it as the clerk would, straight into the store. */
    public Letter registerIn(Core core) { return core.registerStore().register(draft(), "clerk"); }
}
