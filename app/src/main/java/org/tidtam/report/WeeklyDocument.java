package org.tidtam.report;

import java.util.ArrayList;
import java.util.List;

/** Lays a {@link WeeklySummary} out as sections: summary (counts and chart), letters, due soon, overdue, done. */
public final class WeeklyDocument {
    private final ReportText text;

    public WeeklyDocument(ReportText text) { this.text = text; }

    public ReportDocument of(WeeklySummary s) {
        String subtitle = text.get("subtitle.weekly", text.longDate(s.week().monday()),
                text.longDate(s.week().sunday()), text.longDate(s.asOf()));
        return new ReportDocument(text.get("title.weekly"), subtitle, List.of(
                summary(s),
                section("letters", letters(s)),
                section("dueSoon", deadlines(text.get("table.dueSoon", String.valueOf(s.options().comingDays())),
                        s.dueSoon(), "daysLeft", 1)),
                section("overdue", deadlines(text.get("table.overdue"), s.overdue(), "daysLate", -1)),
                section("done", done(s))));
    }

    private Section section(String key, Table table) {
        return new Section(text.get("section." + key), table.title(), List.of(table), null);
    }

    private Section summary(WeeklySummary s) {
        List<List<Object>> urgency = new ArrayList<>();
        s.byUrgency().forEach(u -> urgency.add(List.of(text.urgency(u.urgency()), u.count())));
        urgency.add(List.of(text.get("total"), s.lettersReceived()));
        List<List<Object>> senders = new ArrayList<>();
        s.bySender().forEach(c -> senders.add(List.of(c.sender(), c.count())));
        List<List<Object>> days = new ArrayList<>();
        s.perDay().forEach(d -> days.add(List.of(text.dayLabel(d.day()), d.received(), d.due())));
        Table perDay = new Table(text.get("table.perDay"), List.of(Column.text(text.get("col.day")),
                Column.number(text.get("col.received")), Column.number(text.get("col.due"))), days);
        return new Section(text.get("section.summary"), text.get("title.weekly"), List.of(
                new Table(text.get("table.byUrgency"), List.of(Column.text(text.get("col.urgency")),
                        Column.number(text.get("col.count"))), urgency),
                new Table(text.get("table.bySender"), List.of(Column.wide(text.get("col.sender")),
                        Column.number(text.get("col.count"))), senders),
                perDay), new BarChart(text.get("chart.title"), 2));
    }

    private Table letters(WeeklySummary s) {
        List<Column> cols = List.of(Column.text(text.get("col.regNo")), Column.date(text.get("col.receivedOn")),
                Column.text(text.get("col.urgency")), Column.text(text.get("col.number")),
                Column.date(text.get("col.date")), Column.wide(text.get("col.sender")),
                Column.wide(text.get("col.subject")), Column.text(text.get("col.assignee")),
                Column.text(text.get("col.status")), Column.text(text.get("col.secrecy")));
        List<List<Object>> rows = new ArrayList<>();
        for (LetterLine l : s.letters()) {
            rows.add(java.util.Arrays.asList(l.regNo().toString(), l.receivedOn(),
                    l.urgency() == org.tidtam.letter.Urgency.NORMAL ? "" : text.urgency(l.urgency()), l.number(), l.date(),
                    l.sender(), l.subject(), l.assignee(), text.status(l.status()), text.secrecy(l.secrecy())));
        }
        return new Table(text.get("table.letters"), cols, rows);
    }

    private Table deadlines(String title, List<DeadlineLine> lines, String daysKey, int sign) {
        List<List<Object>> rows = new ArrayList<>();
        for (DeadlineLine d : lines) {
            rows.add(java.util.Arrays.asList(text.kind(d.kind()), d.due(), text.time(d.time()), d.what(),
                    d.regNo() == null ? "" : d.regNo().toString(), d.letterNumber(), d.letterSubject(),
                    d.assignee(), sign * d.daysLeft()));
        }
        return new Table(title, deadlineColumns(Column.number(text.get("col." + daysKey))), rows);
    }

    private Table done(WeeklySummary s) {
        List<Column> cols = new ArrayList<>(deadlineColumns(Column.date(text.get("col.doneOn"))));
        cols.add(Column.text(text.get("col.result")));
        List<List<Object>> rows = new ArrayList<>();
        for (DeadlineLine d : s.done()) {
            rows.add(java.util.Arrays.asList(text.kind(d.kind()), d.due(), text.time(d.time()), d.what(),
                    d.regNo() == null ? "" : d.regNo().toString(), d.letterNumber(), d.letterSubject(),
                    d.assignee(), d.doneOn(),
                    d.daysLeft() >= 0 ? text.get("done.onTime") : text.get("done.late", String.valueOf(-d.daysLeft()))));
        }
        return new Table(text.get("table.done"), cols, rows);
    }

    private List<Column> deadlineColumns(Column last) {
        return List.of(Column.text(text.get("col.kind")), Column.date(text.get("col.dueDate")),
                Column.text(text.get("col.time")), Column.wide(text.get("col.what")),
                Column.text(text.get("col.regNo")), Column.text(text.get("col.number")),
                Column.wide(text.get("col.subject")), Column.text(text.get("col.assignee")), last);
    }
}
