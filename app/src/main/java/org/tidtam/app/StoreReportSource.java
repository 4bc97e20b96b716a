package org.tidtam.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.letter.Secrecy;
import org.tidtam.remind.DeadlineEntry;
import org.tidtam.remind.LetterRef;
import org.tidtam.report.ReportSource;
import org.tidtam.report.SummaryDeadline;
import org.tidtam.report.SummaryLetter;
import org.tidtam.store.DeadlineQuery;

/**
 * The reports' rows read from the register. It lives in the composition root because report already
 * depends on store (SummaryLetter.of(RegisterRow)), so store cannot implement a report interface. Closing
 * it closes the Core it was given.
 */
public final class StoreReportSource implements ReportSource {
    private final Core core;
    private final boolean ownsCore;
    private Map<Long, Secrecy> classified;

    /** A source that closes the Core when closed (the command line opens one Core per export). */
    public StoreReportSource(Core core) { this(core, true); }

    @Override
    public boolean showClassifiedSubjects() { return core.settings().showClassifiedSubjects(); }

    private StoreReportSource(Core core, boolean ownsCore) {
        this.core = core;
        this.ownsCore = ownsCore;
    }

    /** A source over a Core that stays open after it (the window's); closing it does nothing. */
    public static StoreReportSource shared(Core core) { return new StoreReportSource(core, false); }

    /** One indexed range query on the received time (not whole registration years). */
    @Override
    public List<SummaryLetter> lettersReceived(LocalDate from, LocalDate to) {
        List<SummaryLetter> out = new ArrayList<>();
        core.registerStore().forEachReceived(from, to, row -> out.add(SummaryLetter.of(row)));
        return out;
    }

    @Override
    public List<SummaryDeadline> deadlines(LocalDate closedSince) { return deadlines(closedSince, null); }

    /** Open deadlines due after dueThrough are not read (null: all); closed ones by the day they closed. */
    @Override
    public List<SummaryDeadline> deadlines(LocalDate closedSince, LocalDate dueThrough) {
        List<SummaryDeadline> out = new ArrayList<>();
        var open = new DeadlineQuery(null, dueThrough, EnumSet.of(DeadlineStatus.OPEN), null, null, null);
        for (DeadlineEntry e : core.deadlineStore().list(open)) {
            add(out, e);
        }
        for (DeadlineEntry e : core.deadlineStore().list(query(EnumSet.of(DeadlineStatus.DONE, DeadlineStatus.DISMISSED)))) {
            LocalDate doneOn = e.deadline().doneOn();
            if (doneOn != null && !doneOn.isBefore(closedSince)) {
                add(out, e);
            }
        }
        return out;
    }

    private void add(List<SummaryDeadline> out, DeadlineEntry e) {
        var d = e.deadline();
        if (d.due() == null) {
            return;
        }
        LetterRef letter = e.letter();
        out.add(new SummaryDeadline(d.kind(), d.due(), d.time(), d.action(), letter.regNo(), letter.number(),
                letter.subject(), secrecyOf(letter.letterId()), letter.unit(), letter.officer(), d.status(),
                d.doneOn()));
    }

    /** Classified entries are few: one indexed query instead of loading every deadline's letter. */
    private Secrecy secrecyOf(long letterId) {
        if (classified == null) {
            classified = core.registerStore().classifiedLetters();
        }
        return classified.getOrDefault(letterId, Secrecy.NORMAL);
    }

    private static DeadlineQuery query(EnumSet<DeadlineStatus> statuses) {
        return new DeadlineQuery(null, null, statuses, null, null, null);
    }

    @Override
    public void close() {
        if (ownsCore) {
            core.close();
        }
    }
}
