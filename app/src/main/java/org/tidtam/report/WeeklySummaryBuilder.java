package org.tidtam.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.letter.Urgency;

/**
 * Builds a {@link WeeklySummary} from plain lists: pure, so the store needs only two queries (the week's
 * letters and the deadlines) and tests need none. Input may hold more than the week; the builder picks.
 * Cancelled entries and dismissed deadlines are left out.
 */
public final class WeeklySummaryBuilder {
    private static final Comparator<DeadlineLine> BY_DUE = Comparator.comparing(DeadlineLine::due)
            .thenComparing(DeadlineLine::time, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final SummaryOptions options;
    private final Clock clock;

    public WeeklySummaryBuilder(SummaryOptions options, Clock clock) {
        this.options = options == null ? SummaryOptions.defaults() : options;
        this.clock = clock;
    }

    public WeeklySummary build(LocalDate anyDayOfWeek, Collection<SummaryLetter> letters,
                               Collection<SummaryDeadline> deadlines) {
        Week week = Week.of(anyDayOfWeek);
        LocalDate asOf = week.clamp(LocalDate.now(clock));
        List<SummaryLetter> received = letters.stream()
                .filter(l -> !l.cancelled() && week.contains(l.receivedOn()))
                .sorted(Comparator.comparing(SummaryLetter::regNo)).toList();
        List<SummaryDeadline> live = deadlines.stream()
                .filter(d -> d.status() != DeadlineStatus.DISMISSED || d.doneOn().isAfter(asOf)).toList();
        LocalDate horizon = asOf.plusDays(options.comingDays());
        return new WeeklySummary(week, asOf, options, byUrgency(received), bySender(received),
                received.stream().map(this::line).toList(),
                lines(live, d -> d.openOn(asOf) && !d.due().isBefore(asOf) && d.due().isBefore(horizon), asOf),
                lines(live, d -> d.openOn(asOf) && d.due().isBefore(asOf), asOf),
                doneIn(week, deadlines),
                perDay(week, received, live));
    }

    private static List<UrgencyCount> byUrgency(List<SummaryLetter> received) {
        Map<Urgency, Long> counts = received.stream()
                .collect(Collectors.groupingBy(SummaryLetter::urgency, Collectors.counting()));
        return Arrays.stream(Urgency.values()).sorted(Comparator.reverseOrder())
                .map(u -> new UrgencyCount(u, counts.getOrDefault(u, 0L).intValue())).toList();
    }

    private static List<SenderCount> bySender(List<SummaryLetter> received) {
        Map<String, Long> counts = received.stream().collect(Collectors.groupingBy(
                l -> l.sender().isEmpty() ? "-" : l.sender(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .map(e -> new SenderCount(e.getKey(), e.getValue().intValue()))
                .sorted(Comparator.comparingInt(SenderCount::count).reversed()
                        .thenComparing(SenderCount::sender))
                .toList();
    }

    private LetterLine line(SummaryLetter l) {
        return new LetterLine(l.regNo(), l.receivedOn(), l.number(), l.date(), l.sender(),
                Masking.text(l.subject(), l.secrecy(), options), l.assignee(), l.status(), l.urgency(),
                l.secrecy());
    }

    private List<DeadlineLine> lines(List<SummaryDeadline> all, Predicate<SummaryDeadline> which, LocalDate asOf) {
        return all.stream().filter(which).map(d -> line(d, asOf, false)).sorted(BY_DUE).toList();
    }

    private List<DeadlineLine> doneIn(Week week, Collection<SummaryDeadline> all) {
        return all.stream().filter(d -> d.status() == DeadlineStatus.DONE && week.contains(d.doneOn()))
                .map(d -> line(d, d.doneOn(), true)).sorted(BY_DUE).toList();
    }

    private DeadlineLine line(SummaryDeadline d, LocalDate from, boolean closed) {
        return new DeadlineLine(d.kind(), d.due(), d.time(), Masking.text(d.action(), d.secrecy(), options),
                d.regNo(), d.letterNumber(), Masking.text(d.letterSubject(), d.secrecy(), options), d.assignee(),
                closed ? d.status() : DeadlineStatus.OPEN, closed ? d.doneOn() : null,
                ChronoUnit.DAYS.between(from, d.due()), d.secrecy());
    }

    private static List<DayCount> perDay(Week week, List<SummaryLetter> received, List<SummaryDeadline> live) {
        return week.days().stream().map(day -> new DayCount(day,
                (int) received.stream().filter(l -> l.receivedOn().equals(day)).count(),
                (int) live.stream().filter(d -> d.due().equals(day)).count())).toList();
    }
}
