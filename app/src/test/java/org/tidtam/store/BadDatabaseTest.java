package org.tidtam.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;

/** Issue 2 point 8: every unusable database gets a clear message and is left exactly as it was. */
class BadDatabaseTest {
    private static final Duration SHORT = Duration.ofMillis(300);
    @TempDir Path dir;

    @Test
    void aPathUnderAFileIsNotWritable() throws Exception {
        Path blocker = Files.writeString(dir.resolve("notes.txt"), "keep me");
        assertRefused(blocker.resolve("sub/tidtam.db"), "store.notWritable");
        assertThat(Files.readString(blocker)).isEqualTo("keep me");
    }

    @Test
    void aFolderIsNotADatabase() throws Exception {
        assertRefused(Files.createDirectory(dir.resolve("folder.db")), "store.isFolder");
    }

    @Test
    void aTextFileIsNotTouched() throws Exception {
        Path file = Files.writeString(dir.resolve("letter.db"), "ที่ มท ๐๓๒๒/ว ๕๕๘๗๘ ไม่ใช่ฐานข้อมูล");
        String before = sha(file);
        TidtamException e = assertRefused(file, "store.notSqlite");
        assertThat(Messages.thai().of(e)).contains("ไม่ใช่ฐานข้อมูลของติดตาม").contains(file.toString());
        assertThat(sha(file)).isEqualTo(before);
        assertThat(dir.resolve("letter.db-wal")).doesNotExist();
    }

    @Test
    void aDamagedDatabaseIsNotTouched() throws Exception {
        Path file = dir.resolve("broken.db");
        Database.open(file).close();
        byte[] bytes = Files.readAllBytes(file);
        java.util.Arrays.fill(bytes, 100, bytes.length, (byte) 0x5a);
        Files.write(file, bytes);
        String before = sha(file);
        assertRefused(file, "store.notSqlite");
        assertThat(sha(file)).isEqualTo(before);
    }

    @Test
    void anotherProgramsDatabaseIsNotTouched() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DatabaseTest.plain(file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
        }
        String before = sha(file);
        assertRefused(file, "store.notTidtam");
        assertThat(sha(file)).isEqualTo(before);
    }

    @Test
    void aDatabaseFromANewerTidtamIsNotTouched() throws Exception {
        Path file = dir.resolve("newer.db");
        Database.open(file).close();
        try (Connection c = DatabaseTest.plain(file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'x', 0, 1)");
            s.execute("PRAGMA user_version = 99");
        }
        String before = sha(file);
        TidtamException e = assertRefused(file, "store.newer");
        assertThat(Messages.thai().of(e)).contains("รุ่นที่ใหม่กว่า").contains("99");
        assertThat(sha(file)).isEqualTo(before);
    }

    @Test
    void aDatabaseLockedByAnotherConnectionIsRefused() throws Exception {
        Path file = dir.resolve("locked.db");
        Database.open(file).close();
        try (Connection c = DatabaseTest.plain(file); Statement s = c.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            s.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')");
            assertRefused(file, "store.locked");
            s.execute("ROLLBACK");
        }
        Database.open(file, SHORT).close();
    }

    @Test
    void aDatabaseLockedByAnotherProcessIsRefused() throws Exception {
        Path file = dir.resolve("shared.db");
        Database.open(file).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), file.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("locked");
            assertRefused(file, "store.locked");
        } finally {
            p.getOutputStream().close();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        try (Database db = Database.open(file, SHORT)) {
            assertThat(DatabaseTest.tables(db)).contains("letters");
        }
    }

    @Test
    void aWriteWhileAnotherProcessHoldsTheLockFailsCleanlyAndChangesNothing() throws Exception {
        Path file = dir.resolve("busy.db");
        try (Database db = Database.open(file, SHORT)) {
            SqliteRegisterStore store = new SqliteRegisterStore(db, java.time.Clock.systemUTC());
            store.register(Drafts.sample(), "clerk");
            try (Connection c = DatabaseTest.plain(file); Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                assertThatThrownBy(() -> store.register(Drafts.sample(), "clerk"))
                        .isInstanceOfSatisfying(TidtamException.class, e -> assertThat(e.key()).isEqualTo("store.locked"));
                s.execute("ROLLBACK");
            }
            assertThat(store.count(org.tidtam.store.RegisterQuery.all())).isEqualTo(1);
            assertThat(store.register(Drafts.sample(), "clerk").regNo().number()).isEqualTo(2);
        }
    }

    private static TidtamException assertRefused(Path file, String key) {
        TidtamException[] caught = new TidtamException[1];
        assertThatThrownBy(() -> Database.open(file, SHORT).close())
                .isInstanceOfSatisfying(TidtamException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    caught[0] = e;
                });
        return caught[0];
    }

    static String sha(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
