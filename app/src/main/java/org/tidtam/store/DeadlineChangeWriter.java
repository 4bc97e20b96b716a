package org.tidtam.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.ChangeKind;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.remind.DeadlineEntry;

/**
 * Writes one accepted change inside the caller's transaction: the earlier deadline moved (a period keeps
 * its length) or dismissed, an audit row per changed value on the earlier entry and a "link" row on both
 * entries, and the later letter's superseded deadlines dismissed.
 */
final class DeadlineChangeWriter {
    static final String FIELD_LINK = "link";
    private final Connection c;
    private final LocalDateTime now;
    private final String user;

    DeadlineChangeWriter(Connection c, LocalDateTime now, String user) {
        this.c = c;
        this.now = now;
        this.user = user;
    }

    /** Returns the earlier entry's id. */
    long apply(DeadlineChange change) throws SQLException {
        DeadlineEntry current = load(change.deadlineId());
        long earlier = current.letter().letterId();
        if (earlier == change.fromLetter()) {
            throw new TidtamException("detail.followup.sameLetter", String.valueOf(change.deadlineId()));
        }
        if (!current.deadline().isOpen()) {
            throw new TidtamException("detail.followup.notOpen", String.valueOf(change.deadlineId()),
                    current.deadline().status().name());
        }
        try (AuditChain audit = AuditChain.continueOn(c)) {
            if (change.kind() == ChangeKind.CANCEL) {
                dismiss(audit, current, change.reason());
            } else {
                move(audit, current, change);
            }
            for (long id : change.superseded()) {
                DeadlineEntry own = load(id);
                if (own.letter().letterId() == change.fromLetter() && own.deadline().isOpen()) {
                    dismiss(audit, own, change.reason());
                }
            }
            String later = regNoOf(change.fromLetter());
            audit.append(earlier, now, user, FIELD_LINK, null, change.kind() + " ← " + later);
            audit.append(change.fromLetter(), now, user, FIELD_LINK, null,
                    change.kind() + " → " + current.letter().regNo());
        }
        return earlier;
    }

    private void move(AuditChain audit, DeadlineEntry current, DeadlineChange change) throws SQLException {
        Deadline d = current.deadline();
        LocalDate due = change.newDue() == null ? d.due() : change.newDue();
        LocalTime time = change.newTime() == null ? d.time() : change.newTime();
        LocalDate end = d.end() == null || d.due() == null || due == null ? d.end()
                : due.plusDays(ChronoUnit.DAYS.between(d.due(), d.end()));
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE deadlines SET due = ?, end_day = ?, time = ?, snoozed_until = NULL WHERE id = ?")) {
            ps.setString(1, LetterColumns.iso(due));
            ps.setString(2, LetterColumns.iso(end));
            ps.setString(3, LetterColumns.iso(time));
            ps.setLong(4, d.id());
            ps.executeUpdate();
        }
        String field = SqliteDeadlineStore.FIELD_PREFIX + d.id();
        long letter = current.letter().letterId();
        if (!Objects.equals(due, d.due())) {
            audit.append(letter, now, user, field + ".due", LetterColumns.iso(d.due()), LetterColumns.iso(due));
        }
        if (!Objects.equals(time, d.time())) {
            audit.append(letter, now, user, field + ".time", LetterColumns.iso(d.time()), LetterColumns.iso(time));
        }
    }

    private void dismiss(AuditChain audit, DeadlineEntry entry, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE deadlines SET status = ?, done_note = ?, done_on = ? WHERE id = ?")) {
            ps.setString(1, DeadlineStatus.DISMISSED.name());
            ps.setString(2, reason);
            ps.setString(3, now.toLocalDate().toString());
            ps.setLong(4, entry.id());
            ps.executeUpdate();
        }
        audit.append(entry.letter().letterId(), now, user, SqliteDeadlineStore.FIELD_PREFIX + entry.id(),
                DeadlineStatus.OPEN.name(), DeadlineStatus.DISMISSED + ": " + reason);
    }

    private DeadlineEntry load(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DeadlineEntryRows.SELECT + " AND d.id = ?")) {
            ps.setLong(1, id);
            return DeadlineEntryRows.read(ps).stream().findFirst()
                    .orElseThrow(() -> new TidtamException("detail.followup.deadlineNotFound", String.valueOf(id)));
        }
    }

    private String regNoOf(long letterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT reg_year, reg_no FROM letters WHERE id = ?")) {
            ps.setLong(1, letterId);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new TidtamException("detail.followup.letterNotFound", String.valueOf(letterId));
                }
                return LetterColumns.regNo(rs).toString();
            }
        }
    }
}
