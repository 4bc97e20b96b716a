package org.tidtam.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tidtam.remind.ReminderState;
import org.tidtam.remind.ReminderStateRepository;

/** What officers did with reminders, in the V2 {@code reminder_state} table. */
public final class SqliteReminderStateRepository implements ReminderStateRepository {
    /** Keys per query: well under SQLite's limit of bound parameters. */
    private static final int CHUNK = 500;
    private final Database db;

    public SqliteReminderStateRepository(Database db) { this.db = db; }

    @Override
    public Optional<Instant> acknowledgedAt(String key) { return instant("acknowledged_at", key); }

    @Override
    public Optional<Instant> snoozedUntil(String key) { return instant("snoozed_until", key); }

    @Override
    public Map<String, ReminderState> states(Collection<String> keys) {
        List<String> all = new ArrayList<>(keys);
        Map<String, ReminderState> out = new HashMap<>();
        db.read(c -> {
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                try (PreparedStatement ps = c.prepareStatement("SELECT reminder_key, acknowledged_at, snoozed_until "
                        + "FROM reminder_state WHERE reminder_key IN (?" + ",?".repeat(chunk.size() - 1) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.put(rs.getString(1), new ReminderState(instant(rs.getString(2)), instant(rs.getString(3))));
                        }
                    }
                }
            }
            return null;
        });
        return out;
    }

    private static Instant instant(String iso) { return iso == null ? null : Instant.parse(iso); }

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
