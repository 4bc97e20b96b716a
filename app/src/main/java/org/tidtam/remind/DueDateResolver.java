package org.tidtam.remind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.RelativeRule;

/**
 * Gives a relative deadline ("ภายใน ๗ วันทำการ นับแต่ได้รับหนังสือ") its day. A pure function of the rule,
 * the two base days and the holiday table, so the lead can recompute every open relative deadline when
 * the table changes and store only the ones whose day moved.
 *
 * <p>Business days: the n-th working day after the base day. Calendar days: base day plus n; when that
 * lands on a weekend or holiday it moves to the next working day if {@code rollToWorkingDay} (the
 * default, as the law counts), else it stays.
 */
public final class DueDateResolver {
    private final WorkingDays workingDays;
    private final boolean rollToWorkingDay;

    public DueDateResolver(WorkingDays workingDays) { this(workingDays, true); }

    public DueDateResolver(WorkingDays workingDays, boolean rollToWorkingDay) {
        this.workingDays = workingDays;
        this.rollToWorkingDay = rollToWorkingDay;
    }

    /**
     * The due day, or empty when the base day the rule counts from is unknown.
     *
     * @param received   day the registry desk received the letter (วันที่รับ)
     * @param letterDate the letter's own date (ลงวันที่), may be null
     */
    public Optional<LocalDate> resolve(RelativeRule rule, LocalDate received, LocalDate letterDate) {
        LocalDate base = rule.from() == RelativeRule.From.RECEIPT ? received : letterDate;
        if (base == null) {
            return Optional.empty();
        }
        if (rule.business()) {
            return Optional.of(workingDays.addBusinessDays(base, rule.days()));
        }
        LocalDate day = workingDays.addCalendarDays(base, rule.days());
        return Optional.of(rollToWorkingDay ? workingDays.onOrNextWorkingDay(day) : day);
    }

    /**
     * The deadline with its day set from its relative rule; unchanged when it has no rule or the base day
     * is unknown. A deadline with a fixed day ("ภายในวันที่ ๑๕") is returned as it is.
     */
    public Deadline apply(Deadline deadline, LocalDate received, LocalDate letterDate) {
        if (deadline.relative() == null) {
            return deadline;
        }
        return resolve(deadline.relative(), received, letterDate)
                .filter(day -> !day.equals(deadline.due()))
                .map(deadline::withDue)
                .orElse(deadline);
    }

    /**
     * The open relative deadlines whose day moved, with their new day: what to store after the holiday
     * table changed. Deadlines with a fixed day, closed ones and unmoved ones are left out.
     */
    public List<DeadlineEntry> recompute(Collection<DeadlineEntry> entries) {
        List<DeadlineEntry> moved = new ArrayList<>();
        for (DeadlineEntry e : entries) {
            if (!e.deadline().isOpen() || e.deadline().relative() == null) {
                continue;
            }
            LocalDate received = e.letter().receivedAt() == null ? null : e.letter().receivedAt().toLocalDate();
            Deadline updated = apply(e.deadline(), received, e.letter().letterDate());
            if (updated != e.deadline()) {
                moved.add(new DeadlineEntry(updated, e.letter()));
            }
        }
        return moved;
    }
}
