package org.tidtam.report;

import java.util.List;

/**
 * What came in during one week, what is due and what is late: the content of the weekly export and of its
 * preview. Built by {@link WeeklySummaryBuilder}; every list is immutable and in display order.
 *
 * @param week       Monday to Sunday
 * @param asOf       the reference day for "due soon", "overdue" and days left: today, kept inside the week
 * @param options    how it was built (whether classified subjects show)
 * @param byUrgency  letters received per urgency, most urgent first, zero counts included
 * @param bySender   letters received per sender, most first
 * @param letters    letters received, by registration number
 * @param dueSoon    open deadlines due from asOf through asOf + comingDays − 1, earliest first
 * @param overdue    deadlines open at asOf and due before it, most late first
 * @param done       deadlines marked done during the week, by due day
 * @param perDay     one entry per day, Monday first
 */
public record WeeklySummary(Week week, java.time.LocalDate asOf, SummaryOptions options,
                            List<UrgencyCount> byUrgency, List<SenderCount> bySender, List<LetterLine> letters,
                            List<DeadlineLine> dueSoon, List<DeadlineLine> overdue, List<DeadlineLine> done,
                            List<DayCount> perDay) {
    public WeeklySummary {
        if (week == null || asOf == null || options == null) {
            throw new IllegalArgumentException("a summary needs its week, reference day and options");
        }
        byUrgency = List.copyOf(byUrgency);
        bySender = List.copyOf(bySender);
        letters = List.copyOf(letters);
        dueSoon = List.copyOf(dueSoon);
        overdue = List.copyOf(overdue);
        done = List.copyOf(done);
        perDay = List.copyOf(perDay);
    }

    public int lettersReceived() { return letters.size(); }
}
