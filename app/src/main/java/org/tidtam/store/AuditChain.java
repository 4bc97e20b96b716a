package org.tidtam.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * Appends rows to audit_log, each carrying SHA-256(its content + the previous row's hash). Changing,
 * inserting or removing a row with another SQLite tool breaks the chain at that row unless every later
 * hash is recomputed too; {@link AuditVerifier} finds where. Use one instance per write transaction.
 */
final class AuditChain implements AutoCloseable {
    static final String GENESIS = "0".repeat(64);
    private static final String INSERT = "INSERT INTO audit_log (id, letter_id, at, user, field, old_value, "
            + "new_value, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final PreparedStatement insert;
    private final boolean batch;
    private long lastId;
    private String lastHash;

    private AuditChain(Connection c, boolean batch) throws SQLException {
        this.insert = c.prepareStatement(INSERT);
        this.batch = batch;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")) {
            lastId = rs.next() ? rs.getLong(1) : 0;
            lastHash = lastId == 0 ? GENESIS : rs.getString(2);
        }
    }

    /** Continues the chain from its newest row; call inside the write transaction. */
    static AuditChain continueOn(Connection c) throws SQLException { return new AuditChain(c, false); }

    /** As {@link #continueOn}, but rows are sent in JDBC batches ({@link #flush()} before commit). */
    static AuditChain batched(Connection c) throws SQLException { return new AuditChain(c, true); }

    void append(long letterId, LocalDateTime at, String user, String field, String oldValue, String newValue)
            throws SQLException {
        long id = lastId + 1;
        String when = at.toString();
        String hash = hash(id, letterId, when, user, field, oldValue, newValue, lastHash);
        Object[] values = {id, letterId, when, user, field, oldValue, newValue, lastHash, hash};
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
        }
        if (batch) {
            insert.addBatch();
        } else {
            insert.executeUpdate();
        }
        lastId = id;
        lastHash = hash;
    }

    void flush() throws SQLException {
        if (batch) {
            insert.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        flush();
        insert.close();
    }

    /** The row's hash: every field length-prefixed (so no two contents collide by shifting text). */
    static String hash(long id, long letterId, String at, String user, String field, String oldValue,
                       String newValue, String prevHash) {
        MessageDigest sha = sha256();
        for (String part : new String[] {Long.toString(id), Long.toString(letterId), at, user, field, oldValue,
                newValue, prevHash}) {
            byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
            sha.update((part == null ? "N" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(bytes);
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
