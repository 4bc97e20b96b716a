package org.tidtam.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.tidtam.remind.ReminderPolicy;
import org.tidtam.remind.ReminderPolicyJson;

/** Key-value settings in the {@code settings} table; the reminder policy is kept there as JSON. */
public final class SqliteSettings {
    public static final String REMINDER_POLICY = "remind.policy";
    /** Keep text and file of ลับ/ลับมาก/ลับที่สุด letters (off: register fields only). */
    public static final String KEEP_CLASSIFIED_CONTENT = "classified.keepContent";
    /** Show subjects of classified letters in exports (off: the grade only). */
    public static final String SHOW_CLASSIFIED_SUBJECTS = "classified.showSubjectsInExports";
    private final Database db;

    public SqliteSettings(Database db) { this.db = db; }

    public Optional<String> get(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void put(String key, String value) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?) "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                return ps.executeUpdate();
            }
        });
    }

    /** The stored reminder policy, or the defaults; TidtamException "remind.policy.invalid" if unreadable. */
    public ReminderPolicy reminderPolicy() {
        return ReminderPolicyJson.read(get(REMINDER_POLICY).orElse(null));
    }

    public void saveReminderPolicy(ReminderPolicy policy) { put(REMINDER_POLICY, ReminderPolicyJson.write(policy)); }

    /** Off unless the office chose to keep the text and file of classified letters. */
    public boolean keepClassifiedContent() { return flag(KEEP_CLASSIFIED_CONTENT); }

    /** Off unless the office chose to show classified letters' subjects in exports. */
    public boolean showClassifiedSubjects() { return flag(SHOW_CLASSIFIED_SUBJECTS); }

    public void saveClassified(boolean keepContent, boolean showSubjects) {
        put(KEEP_CLASSIFIED_CONTENT, String.valueOf(keepContent));
        put(SHOW_CLASSIFIED_SUBJECTS, String.valueOf(showSubjects));
    }

    private boolean flag(String key) { return get(key).map(Boolean::parseBoolean).orElse(false); }
}
