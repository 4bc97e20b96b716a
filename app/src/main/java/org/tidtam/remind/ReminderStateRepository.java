package org.tidtam.remind;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the officer did with reminders, by {@link Reminder#key()}: backed by the {@code reminder_state}
 * table of migration V2 (reminder_key, acknowledged_at, snoozed_until); {@link InMemoryReminderStateRepository}
 * serves tests and runs without a database.
 */
public interface ReminderStateRepository {

    /** When the reminder was acknowledged, if it was; an acknowledged reminder never shows again. */
    Optional<Instant> acknowledgedAt(String key);

    /** Until when the reminder is snoozed, if it is. */
    Optional<Instant> snoozedUntil(String key);

    /**
     * The states of many reminders at once (keys with no state are absent from the map): the dashboard asks
     * for a couple of thousand keys every minute, which one query per key made take a second.
     */
    default Map<String, ReminderState> states(Collection<String> keys) {
        Map<String, ReminderState> out = new LinkedHashMap<>();
        for (String key : keys) {
            Instant ack = acknowledgedAt(key).orElse(null);
            Instant snooze = snoozedUntil(key).orElse(null);
            if (ack != null || snooze != null) {
                out.put(key, new ReminderState(ack, snooze));
            }
        }
        return out;
    }

    void acknowledge(String key, Instant at);

    /** Hides the reminder until {@code until}; a later snooze replaces an earlier one. */
    void snooze(String key, Instant until);
}
