package org.tidtam.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import org.tidtam.store.Database;

/**
 * Times backup, inspection and restore on a large register. Not a unit test: run by hand, e.g.
 * {@code java -cp CP org.tidtam.backup.BackupBenchmark /tmp/big.db 1000000 /tmp/bench}.
 * A missing database is first generated with plain JDBC into the real schema: each letter has a ~1,000
 * character Thai text (≈3 KB in UTF-8), two deadlines and one audit row; the register's trigram index is
 * rebuilt at the end.
 */
public final class BackupBenchmark {
    private static final String SUBJECT = "ขอเชิญประชุมคณะกรรมการบริหารงานจังหวัดแบบบูรณาการ ครั้งที่ ";
    private static final String BODY = "ด้วยจังหวัดขอนแก่นกำหนดจัดประชุมคณะกรรมการบริหารงานจังหวัดแบบบูรณาการ "
            + "ในวันพฤหัสบดีที่ ๑๕ พฤษภาคม ๒๕๖๘ เวลา ๑๓.๓๐ น. ณ ห้องประชุมศาลากลางจังหวัด จึงขอให้รายงานผลภายในวันที่ ";

    private BackupBenchmark() { }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int letters = Integer.parseInt(args[1]);
        Path work = Files.createDirectories(Path.of(args[2]));
        if (!Files.exists(db)) {
            time("generate " + letters + " letters", () -> generate(db, letters));
        }
        System.out.printf("database %s: %.1f MB%n", db, Files.size(db) / 1e6);
        BackupService service = new BackupService(db, work.resolve("backups"));
        Path copy = work.resolve("copy.db");
        time("backup --out (online backup API)", () -> service.backupTo(copy));
        BackupInspector inspector = new BackupInspector(KnownSchema.latest());
        BackupReport[] report = new BackupReport[1];
        time("inspect (integrity_check + counts)", () -> report[0] = inspector.inspect(copy));
        System.out.println("  " + String.join("\n  ", report[0].describe(org.tidtam.i18n.Messages.english())));
        Path target = work.resolve("restored.db");
        Files.deleteIfExists(target);
        time("restore into a copy of the live db (copy+inspect+pre-restore+swap)", () -> {
            SqliteCopy.copy(db, target);
            RestoreService restore = new RestoreService(target, work.resolve("backups"), inspector);
            long t0 = System.nanoTime();
            restore.restore(copy, report[0], Clock.systemUTC());
            System.out.printf("  (restore() alone %.1f s)%n", (System.nanoTime() - t0) / 1e9);
        });
    }

    interface Step { void run() throws Exception; }

    private static void time(String what, Step step) throws Exception {
        long t0 = System.nanoTime();
        step.run();
        System.out.printf("%s: %.1f s%n", what, (System.nanoTime() - t0) / 1e9);
    }

    static void generate(Path db, int letters) throws SQLException {
        Database.open(db).close();
        try (Connection c = SqliteCopy.open(db, false); Statement s = c.createStatement()) {
            s.execute("PRAGMA synchronous=OFF");
            c.setAutoCommit(false);
            insertAll(c, letters);
            c.commit();
            c.setAutoCommit(true);
            s.execute("INSERT INTO register_fts(register_fts) VALUES ('rebuild')");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    private static void insertAll(Connection c, int letters) throws SQLException {
        try (PreparedStatement letter = c.prepareStatement("INSERT INTO letters (id, reg_year, reg_no, received_at, "
                + "number, letter_date, sender, recipient, subject, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement text = c.prepareStatement("INSERT INTO letter_texts (letter_id, text) VALUES (?,?)");
             PreparedStatement deadline = c.prepareStatement("INSERT INTO deadlines (letter_id, kind, due) VALUES (?,?,?)");
             PreparedStatement audit = c.prepareStatement("INSERT INTO audit_log (letter_id, at, user, field, "
                     + "new_value, prev_hash, hash) VALUES (?,?,'bench','created',?,'x','y')")) {
            LocalDate day = LocalDate.of(2015, 1, 2);
            for (int id = 1; id <= letters; id++) {
                LocalDate received = day.plusDays(id / 300);
                int yearBe = received.getYear() + 543;
                letter.setInt(1, id);
                letter.setInt(2, yearBe);
                letter.setInt(3, id);
                letter.setString(4, received + "T09:30");
                letter.setString(5, "ขก ๐๐๑๗.๕/ว " + id);
                letter.setString(6, received.minusDays(2).toString());
                letter.setString(7, "สำนักงานจังหวัดขอนแก่น " + (id % 97));
                letter.setString(8, "นายอำเภอเมืองขอนแก่น");
                letter.setString(9, SUBJECT + id);
                letter.setString(10, received + "T09:31");
                letter.addBatch();
                text.setInt(1, id);
                text.setString(2, (BODY + id + " ").repeat(5));
                text.addBatch();
                for (String due : new String[] {received.plusDays(7).toString(), received.plusDays(30).toString()}) {
                    deadline.setInt(1, id);
                    deadline.setString(2, "REPORT");
                    deadline.setString(3, due);
                    deadline.addBatch();
                }
                audit.setInt(1, id);
                audit.setString(2, received + "T09:31");
                audit.setString(3, String.valueOf(id));
                audit.addBatch();
                if (id % 10_000 == 0 || id == letters) {
                    letter.executeBatch();
                    text.executeBatch();
                    deadline.executeBatch();
                    audit.executeBatch();
                }
            }
        }
    }
}
