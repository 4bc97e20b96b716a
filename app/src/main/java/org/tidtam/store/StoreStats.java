package org.tidtam.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sizes for benchmarks and diagnostics.
 *
 * @param letters      entries in the register
 * @param rawTextBytes UTF-8 bytes of all letters' full text
 * @param fileBytes    the database file plus its WAL
 * @param tableBytes   bytes per table and index (empty when not asked for: it reads the whole file)
 */
public record StoreStats(long letters, long rawTextBytes, long fileBytes, Map<String, Long> tableBytes) {

    public static StoreStats of(Database db, boolean perTable) {
        return db.read(c -> {
            long letters;
            long raw;
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM letters")) {
                    letters = rs.getLong(1);
                }
                try (ResultSet rs = s.executeQuery("SELECT coalesce(sum(octet_length(text)), 0) FROM letter_texts")) {
                    raw = rs.getLong(1);
                }
            }
            Map<String, Long> tables = new LinkedHashMap<>();
            if (perTable) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC")) {
                    while (rs.next()) {
                        tables.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return new StoreStats(letters, raw, size(db.file()) + size(Path.of(db.file() + "-wal")), tables);
        });
    }

    private static long size(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
