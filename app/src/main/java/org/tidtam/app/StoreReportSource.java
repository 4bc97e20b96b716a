package org.tidtam.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.letter.Letter;
import org.tidtam.letter.Secrecy;
import org.tidtam.remind.DeadlineEntry;
import org.tidtam.remind.LetterRef;
import org.tidtam.report.ReportSource;
import org.tidtam.report.SummaryDeadline;
import org.tidtam.report.SummaryLetter;
import org.tidtam.store.DeadlineQuery;
import org.tidtam.store.RegisterQuery;

/**
 * The reports' rows read from the register. It lives in the composition root because report already
 * depends on store (SummaryLetter.of(RegisterRow)), so store cannot implement a report interface. Closing
 * it closes the Core it was given.
 */
public final class StoreReportSource implements ReportSource {
    private final Core core;
    private final Map<Long, Secrecy> secrecyByLetter = new HashMap<>();

    public StoreReportSource(Core core) { this.core = core; }

    @Override
    public boolean showClassifiedSubjects() { return core.settings().showClassifiedSubjects(); }

    /** Registration years follow the received date, so the years of the range hold every entry in it. */
    @Override
    public List<SummaryLetter> lettersReceived(LocalDate from, LocalDate to) {
        List<SummaryLetter> out = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            core.registerStore().forEachRow(RegisterQuery.year(year + 543), 0, row -> {
                LocalDate received = row.receivedAt().toLocalDate();
                if (!received.isBefore(from) && !received.isAfter(to)) {
                    out.add(SummaryLetter.of(row));
                }
            });
        }
        return out;
    }

    @Override
    public List<SummaryDeadline> deadlines(LocalDate closedSince) {
        List<SummaryDeadline> out = new ArrayList<>();
        for (DeadlineEntry e : core.deadlineStore().list(query(EnumSet.of(DeadlineStatus.OPEN)))) {
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

    private Secrecy secrecyOf(long letterId) {
        return secrecyByLetter.computeIfAbsent(letterId, id ->
                core.registerStore().get(id).map(Letter::fields).map(f -> f.secrecy()).orElse(Secrecy.NORMAL));
    }

    private static DeadlineQuery query(EnumSet<DeadlineStatus> statuses) {
        return new DeadlineQuery(null, null, statuses, null, null, null);
    }

    @Override
    public void close() { core.close(); }
}
