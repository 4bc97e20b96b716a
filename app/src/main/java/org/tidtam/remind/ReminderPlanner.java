package org.tidtam.remind;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which reminders are due now. For each open deadline the policy gives a timeline of reminders; the one
 * that fell due last is shown unless it was acknowledged or is snoozed, so a reminder that fell due while
 * the app was closed shows on the next start, and an earlier one that was never seen is superseded by a
 * later one rather than shown beside it. Pure apart from reading the state: no clock of its own.
 */
public final class ReminderPlanner {
    private static final Comparator<Reminder> BY_TIME =
            Comparator.comparing(Reminder::firesAt).thenComparing(Reminder::key);
    /**
     * The list the officer reads: the deadline falling due soonest first (an all-day deadline after a timed
     * one on the same day), then the more urgent letter, then the reminder that fired first. Ordering by
     * when reminders fired kept a ด่วนที่สุด receipt reminder on top even when another deadline was nearer.
     */
    private static final Comparator<Reminder> MOST_URGENT_FIRST = Comparator
            .comparing((Reminder r) -> r.entry().deadline().due())
            .thenComparing(r -> r.entry().deadline().time(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.entry().letter().urgency(), Comparator.reverseOrder())
            .thenComparing(BY_TIME);

    private final ReminderPolicy policy;

    public ReminderPlanner(ReminderPolicy policy) { this.policy = policy; }

    public ReminderPolicy policy() { return policy; }

    /** Every reminder the policy gives the entry, earliest first; none for a closed or undated deadline. */
    public List<Reminder> schedule(DeadlineEntry entry) {
        if (!entry.deadline().isOpen() || entry.deadline().due() == null || entry.deadline().id() == null) {
            return List.of();
        }
        List<Reminder> all = new ArrayList<>();
        if (policy.remindsOnReceipt(entry.letter().urgency()) && entry.letter().receivedAt() != null) {
            all.add(Reminder.onReceipt(entry));
        }
        policy.rulesFor(entry.deadline().kind(), entry.letter().urgency())
                .forEach(rule -> all.add(Reminder.beforeDue(entry, rule)));
        all.sort(BY_TIME);
        return all;
    }

    /** The reminders to show at the clock's instant, one per key, the deadline due soonest first. */
    public List<Reminder> dueNow(Collection<DeadlineEntry> entries, ReminderStateRepository state, Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        Instant instant = clock.instant();
        Map<String, Reminder> fired = new LinkedHashMap<>();
        for (DeadlineEntry entry : entries) {
            latestFired(entry, now).ifPresent(r -> fired.putIfAbsent(r.key(), r));
        }
        Map<String, ReminderState> states = state.states(fired.keySet());
        return fired.values().stream().filter(r -> !states.containsKey(r.key()) || states.get(r.key()).showsAt(instant))
                .sorted(MOST_URGENT_FIRST).toList();
    }

    /**
     * The next moment after now at which {@link #dueNow} may change (a reminder falls due or a snooze
     * ends), in the clock's zone, so the app can sleep until then.
     */
    public Optional<LocalDateTime> nextChange(Collection<DeadlineEntry> entries, ReminderStateRepository state,
                                              Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        Stream<LocalDateTime> firing = entries.stream().flatMap(e -> schedule(e).stream())
                .map(Reminder::firesAt).filter(t -> t.isAfter(now));
        List<String> keys = entries.stream().flatMap(e -> schedule(e).stream()).map(Reminder::key).distinct().toList();
        Stream<LocalDateTime> snoozeEnds = state.states(keys).values().stream()
                .map(ReminderState::snoozedUntil).filter(java.util.Objects::nonNull)
                .map(i -> LocalDateTime.ofInstant(i, clock.getZone())).filter(t -> t.isAfter(now));
        return Stream.concat(firing, snoozeEnds).min(Comparator.naturalOrder());
    }

    private Optional<Reminder> latestFired(DeadlineEntry entry, LocalDateTime now) {
        return schedule(entry).stream().filter(r -> !r.firesAt().isAfter(now)).reduce((a, b) -> b);
    }
}
