package org.tidtam.remind;

import java.time.Instant;

/** What was done with one reminder: when it was acknowledged and until when it is snoozed (either may be null). */
public record ReminderState(Instant acknowledgedAt, Instant snoozedUntil) {

    /** Shown at instant: not acknowledged, and not snoozed past it. */
    public boolean showsAt(Instant instant) {
        return acknowledgedAt == null && (snoozedUntil == null || !snoozedUntil.isAfter(instant));
    }
}
