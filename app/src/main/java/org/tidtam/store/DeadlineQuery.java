package org.tidtam.store;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.DeadlineStatus;

/**
 * Which deadlines to list. Nulls and blanks mean "any". Deadlines of cancelled entries are never listed.
 *
 * @param from     first due day (inclusive)
 * @param to       last due day (inclusive)
 * @param statuses statuses to include; empty means all
 * @param kind     only this kind
 * @param unit     only entries assigned to this unit (exact)
 * @param officer  only entries assigned to this officer (exact)
 */
public record DeadlineQuery(LocalDate from, LocalDate to, Set<DeadlineStatus> statuses, DeadlineKind kind,
                            String unit, String officer) {
    public DeadlineQuery {
        if (from != null && to != null && to.isBefore(from)) {
            throw new org.tidtam.i18n.TidtamException("remind.deadlines.badRange", from, to);
        }
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.allOf(DeadlineStatus.class) : Set.copyOf(statuses);
        unit = unit == null || unit.isBlank() ? null : unit.strip();
        officer = officer == null || officer.isBlank() ? null : officer.strip();
    }

    /** Every open deadline. */
    public static DeadlineQuery open() {
        return new DeadlineQuery(null, null, Set.of(DeadlineStatus.OPEN), null, null, null);
    }

    /** Whether a due day is inside the range; an unknown day is inside only when no range is given. */
    public boolean covers(LocalDate due) {
        if (due == null) {
            return from == null && to == null;
        }
        return (from == null || !due.isBefore(from)) && (to == null || !due.isAfter(to));
    }
}
