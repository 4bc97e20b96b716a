package org.tidtam.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.Letter;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.LetterValidator;
import org.tidtam.letter.RegistrationNumber;

/** Inserts and updates entries inside a transaction the caller holds; keeps the search index in step. */
final class LetterWriter {
    static final String INSERT = "INSERT INTO letters (reg_year, reg_no, created_at, status, "
            + String.join(", ", LetterColumns.EDITABLE.keySet()) + ") VALUES (?, ?, ?, 'RECEIVED'"
            + ", ?".repeat(LetterColumns.EDITABLE.size()) + ")";
    static final String UPDATE = "UPDATE letters SET " + LetterColumns.EDITABLE.keySet().stream()
            .map(col -> col + " = ?").collect(Collectors.joining(", ")) + " WHERE id = ?";
    static final String FIELD_TEXT = "text";

    long insert(Connection c, RegistrationNumber no, LetterDraft d, LocalDateTime now) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(INSERT, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.setInt(1, no.yearBe());
            ps.setInt(2, no.number());
            ps.setString(3, now.toString());
            LetterColumns.bind(ps, 4, d);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        insertText(c, id, d.text());
        DeadlineRows.insertAll(c, id, d.deadlines());
        SearchIndex.add(c, id, d.number(), d.sender(), d.subject(), d.text());
        return id;
    }

    static void insertText(Connection c, long id, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO letter_texts (letter_id, text) VALUES (?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, text);
            ps.executeUpdate();
        }
    }

    /**
     * Writes the changed fields with one audit row each. Deadlines are not touched here (they change
     * through the deadline service). The number never changes, so the received date must stay in its year.
     */
    void update(Connection c, Letter current, LetterDraft next, LocalDateTime now, String user) throws SQLException {
        if (current.isCancelled()) {
            throw new TidtamException("register.cancelled.noEdit", current.regNo().toString());
        }
        if (LetterValidator.yearBe(next.receivedAt().toLocalDate()) != current.regNo().yearBe()) {
            throw new TidtamException("register.received.otherYear", current.regNo().toString(),
                    next.receivedAt().toLocalDate().toString());
        }
        LetterDraft old = current.fields();
        boolean changed = false;
        try (AuditChain audit = AuditChain.continueOn(c)) {
            for (Map.Entry<String, Function<LetterDraft, String>> col : LetterColumns.EDITABLE.entrySet()) {
                String before = col.getValue().apply(old);
                String after = col.getValue().apply(next);
                if (!Objects.equals(before, after)) {
                    audit.append(current.id(), now, user, col.getKey(), before, after);
                    changed = true;
                }
            }
            if (!old.text().equals(next.text())) {
                audit.append(current.id(), now, user, FIELD_TEXT, old.text(), next.text());
                updateText(c, current.id(), next.text());
            }
        }
        if (changed) {
            updateRow(c, current.id(), old, next);
        }
    }

    /** Sets the routing status with its audit row ("status", old → new names). */
    void updateStatus(Connection c, Letter current, org.tidtam.letter.LetterStatus status, LocalDateTime now,
                      String user) throws SQLException {
        try (AuditChain audit = AuditChain.continueOn(c)) {
            audit.append(current.id(), now, user, "status", current.status().name(), status.name());
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE letters SET status = ? WHERE id = ?")) {
            ps.setString(1, status.name());
            ps.setLong(2, current.id());
            ps.executeUpdate();
        }
    }

    private static void updateRow(Connection c, long id, LetterDraft old, LetterDraft next) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            int i = LetterColumns.bind(ps, 1, next);
            ps.setLong(i, id);
            ps.executeUpdate();
        }
        if (!old.number().equals(next.number()) || !old.sender().equals(next.sender())
                || !old.subject().equals(next.subject())) {
            SearchIndex.removeRegister(c, id, old.number(), old.sender(), old.subject());
            SearchIndex.addRegister(c, id, next.number(), next.sender(), next.subject());
        }
    }

    private static void updateText(Connection c, long id, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO letter_texts (letter_id, text) VALUES (?, ?) "
                + "ON CONFLICT (letter_id) DO UPDATE SET text = excluded.text")) {
            ps.setLong(1, id);
            ps.setString(2, text);
            ps.executeUpdate();
        }
        SearchIndex.removeBody(c, id);
        SearchIndex.addBody(c, id, text);
    }
}
