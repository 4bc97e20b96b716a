package org.tidtam.remind;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reminder state in memory: for tests and for runs without a database. */
public final class InMemoryReminderStateRepository implements ReminderStateRepository {
    private final Map<String, Instant> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, Instant> snoozed = new ConcurrentHashMap<>();

    @Override
    public Optional<Instant> acknowledgedAt(String key) { return Optional.ofNullable(acknowledged.get(key)); }

    @Override
    public Optional<Instant> snoozedUntil(String key) { return Optional.ofNullable(snoozed.get(key)); }

    @Override
    public void acknowledge(String key, Instant at) { acknowledged.putIfAbsent(key, at); }

    @Override
    public void snooze(String key, Instant until) { snoozed.put(key, until); }
}
