package org.tidtam.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.tidtam.letter.ChangeKind;

/** Links in SQLite (table letter_links, V3); the change itself is written by {@link DeadlineChangeWriter}. */
public final class SqliteLinkStore implements LinkStore {
    private static final String SELECT = "SELECT k.from_letter, k.to_letter, k.kind, k.deadline_id, k.created_at, "
            + "l.id AS other_id, l.reg_year, l.reg_no, l.number, l.subject FROM letter_links k "
            + "JOIN letters l ON l.id = CASE WHEN k.from_letter = ? THEN k.to_letter ELSE k.from_letter END "
            + "WHERE k.from_letter = ? OR k.to_letter = ? ORDER BY k.id";

    private final Database db;
    private final Clock clock;

    public SqliteLinkStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<LetterLink> linksOf(long letterId) {
        return db.read(c -> linksOf(c, letterId));
    }

    @Override
    public LetterLink apply(DeadlineChange change, String user) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        return db.write(c -> {
            long earlier = new DeadlineChangeWriter(c, now, user).apply(change);
            insert(c, change, earlier, now);
            return linksOf(c, change.fromLetter()).stream()
                    .filter(l -> l.toLetter() == earlier && l.kind() == change.kind()).reduce((a, b) -> b)
                    .orElseThrow();
        });
    }

    private static void insert(Connection c, DeadlineChange change, long earlier, LocalDateTime now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO letter_links (from_letter, to_letter, kind, "
                + "deadline_id, created_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, change.fromLetter());
            ps.setLong(2, earlier);
            ps.setString(3, change.kind().name());
            ps.setLong(4, change.deadlineId());
            ps.setString(5, now.toString());
            ps.executeUpdate();
        }
    }

    private static List<LetterLink> linksOf(Connection c, long letterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setLong(1, letterId);
            ps.setLong(2, letterId);
            ps.setLong(3, letterId);
            List<LetterLink> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Long deadline = rs.getObject("deadline_id") == null ? null : rs.getLong("deadline_id");
                    out.add(new LetterLink(rs.getLong("from_letter"), rs.getLong("to_letter"),
                            ChangeKind.valueOf(rs.getString("kind")), deadline,
                            LetterColumns.dateTime(rs.getString("created_at")), rs.getLong("other_id"),
                            LetterColumns.regNo(rs), rs.getString("number"), rs.getString("subject")));
                }
            }
            return out;
        }
    }
}
