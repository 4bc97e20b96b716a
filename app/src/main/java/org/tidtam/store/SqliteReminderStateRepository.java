package org.tidtam.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import org.tidtam.remind.ReminderStateRepository;

/** What officers did with reminders, in the V2 {@code reminder_state} table. */
public final class SqliteReminderStateRepository implements ReminderStateRepository {
    private final Database db;

    public SqliteReminderStateRepository(Database db) { this.db = db; }

    @Override
    public Optional<Instant> acknowledgedAt(String key) { return instant("acknowledged_at", key); }

    @Override
    public Optional<Instant> snoozedUntil(String key) { return instant("snoozed_until", key); }

    @Override
    public void acknowledge(String key, Instant at) {
        // the first acknowledgement counts; acknowledging again changes nothing
        upsert("INSERT INTO reminder_state (reminder_key, acknowledged_at) VALUES (?, ?) ON CONFLICT (reminder_key) "
                + "DO UPDATE SET acknowledged_at = coalesce(acknowledged_at, excluded.acknowledged_at)", key, at);
    }

    @Override
    public void snooze(String key, Instant until) {
        upsert("INSERT INTO reminder_state (reminder_key, snoozed_until) VALUES (?, ?) ON CONFLICT (reminder_key) "
                + "DO UPDATE SET snoozed_until = excluded.snoozed_until", key, until);
    }

    private Optional<Instant> instant(String column, String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + column + " FROM reminder_state WHERE reminder_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    String v = rs.next() ? rs.getString(1) : null;
                    return Optional.ofNullable(v).map(Instant::parse);
                }
            }
        });
    }

    private void upsert(String sql, String key, Instant at) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, key);
                ps.setString(2, at.toString());
                return ps.executeUpdate();
            }
        });
    }
}
