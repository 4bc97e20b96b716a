package org.tidtam.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.RegistrationNumber;

class BackupInspectorTest {
    @TempDir Path dir;
    private final BackupInspector inspector = new BackupInspector(3);

    @Test
    void reportsWhatASoundBackupHolds() throws Exception {
        Path db = TidtamDbFixture.create(dir.resolve("b.db"), 3, 12);
        BackupReport r = inspector.inspect(db);
        assertThat(r.schemaVersion()).isEqualTo(3);
        assertThat(r.letters()).isEqualTo(12);
        assertThat(r.deadlines()).isEqualTo(24);
        assertThat(r.newestRegNo()).isEqualTo(new RegistrationNumber(2568, 12));
        assertThat(r.newestReceived()).isEqualTo("2025-05-15T09:12");
        assertThat(String.join("\n", r.describe(Messages.thai()))).contains("2568/12", "หนังสือ: 12", "รุ่นที่ 3");
    }

    @Test
    void anEmptyRegisterIsStillATidtamDatabase() throws Exception {
        BackupReport r = inspector.inspect(TidtamDbFixture.create(dir.resolve("e.db"), 1, 0));
        assertThat(r.letters()).isZero();
        assertThat(r.newestRegNo()).isNull();
        assertThat(r.describe(Messages.english())).contains("The register in this file is empty.");
    }

    @Test
    void refusesAFileThatIsNotSqlite() throws Exception {
        Path pdf = Files.writeString(dir.resolve("letter.pdf"), "%PDF-1.7 not a database");
        refused(() -> inspector.inspect(pdf), "backup.inspect.notSqlite", "letter.pdf");
        Path empty = Files.createFile(dir.resolve("empty.db"));
        refused(() -> inspector.inspect(empty), "backup.inspect.notSqlite", "empty.db");
    }

    @Test
    void refusesAMissingFile() {
        refused(() -> inspector.inspect(dir.resolve("nope.db")), "backup.inspect.missing", "nope.db");
    }

    @Test
    void refusesATruncatedDatabase() throws Exception {
        Path db = TidtamDbFixture.create(dir.resolve("full.db"), 1, 300);
        checkpoint(db);
        byte[] bytes = Files.readAllBytes(db);
        Path cut = Files.write(dir.resolve("cut.db"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        refused(() -> inspector.inspect(cut), "backup.inspect.corrupt", "cut.db");
    }

    @Test
    void refusesADatabaseWithOverwrittenPages() throws Exception {
        Path db = TidtamDbFixture.create(dir.resolve("full.db"), 1, 300);
        checkpoint(db);
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 4096 * 3; i < 4096 * 6; i++) {
            bytes[i] = (byte) 0x5A;
        }
        Path bad = Files.write(dir.resolve("bad.db"), bytes);
        refused(() -> inspector.inspect(bad), "backup.inspect.corrupt", "bad.db");
    }

    @Test
    void refusesADatabaseFromANewerTidtam() throws Exception {
        Path db = TidtamDbFixture.create(dir.resolve("new.db"), 4, 1);
        TidtamException e = refused(() -> inspector.inspect(db), "backup.inspect.newer", "new.db");
        assertThat(Messages.thai().of(e)).contains("รุ่นที่ 4", "รุ่นที่ 3");
    }

    @Test
    void refusesAnotherProgramsSqliteDatabase() throws Exception {
        Path other = dir.resolve("contacts.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT)");
        }
        TidtamException e = refused(() -> inspector.inspect(other), "backup.inspect.notTidtam", "contacts.db");
        assertThat(Messages.thai().of(e)).contains("ไม่ใช่ของติดตาม");
    }

    static void checkpoint(Path db) throws Exception {
        try (Connection c = TidtamDbFixture.connect(db); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
        }
    }

    static TidtamException refused(ThrowingCallable call, String key, String quoted) {
        TidtamException[] caught = new TidtamException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(TidtamException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(Messages.thai().of(e)).contains(quoted);
            caught[0] = e;
        });
        return caught[0];
    }
}
