package org.tidtam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.app.AppConfig;
import org.tidtam.backup.SingleWriterLock;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;
import org.tidtam.store.Database;
import org.tidtam.store.RegisterQuery;
import org.tidtam.store.SqliteRegisterStore;
import picocli.CommandLine;

class BackupRestoreCommandTest {
    @TempDir Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void backupThenRestoreBringsTheRegisterBack() throws Exception {
        Path db = dir.resolve("tidtam.db");
        register(db, 3);
        Path copy = dir.resolve("copy.db");
        assertThat(run("--db", db.toString(), "backup", "--out", copy.toString())).isZero();
        assertThat(out.toString()).contains("เขียนไฟล์สำรองแล้ว", "copy.db");
        register(db, 2);

        assertThat(run("--db", db.toString(), "--today", "2025-05-16", "restore", copy.toString(), "--yes"))
                .as(err.toString()).isZero();

        assertThat(out.toString()).contains("หนังสือ: 3 รายการ", "เลขรับ 2568/3", "กู้คืนแล้ว", "tidtam-pre-restore-20250516-090000.db");
        assertThat(count(db)).isEqualTo(3);
        assertThat(count(dir.resolve("backups/tidtam-pre-restore-20250516-090000.db"))).isEqualTo(5);
    }

    @Test
    void backupWithoutOutGoesToTheBackupFolderWithTheDate() throws Exception {
        Path db = dir.resolve("tidtam.db");
        register(db, 1);
        assertThat(run("--db", db.toString(), "--today", "2025-05-15", "backup")).isZero();
        assertThat(dir.resolve("backups/tidtam-2025-05-15.db")).exists();
    }

    @Test
    void restoreWithoutATerminalAndWithoutYesRefuses() throws Exception {
        Path db = dir.resolve("tidtam.db");
        register(db, 2);
        byte[] before = Files.readAllBytes(db);
        Path other = dir.resolve("other.db");
        register(other, 1);

        assertThat(run(Optional.empty(), "--db", db.toString(), "restore", other.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("--yes");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void restoreAsksAndOnlyYesGoesAhead() throws Exception {
        Path db = dir.resolve("tidtam.db");
        register(db, 2);
        Path other = dir.resolve("other.db");
        register(other, 1);

        assertThat(run(Optional.of("no"), "--db", db.toString(), "restore", other.toString())).isEqualTo(1);
        assertThat(count(db)).isEqualTo(2);
        assertThat(run(Optional.of(" YES "), "--db", db.toString(), "restore", other.toString())).isZero();
        assertThat(count(db)).isEqualTo(1);
    }

    @Test
    void restoreOfABadFileSaysWhyInOneLine() throws Exception {
        Path db = dir.resolve("tidtam.db");
        register(db, 1);
        Path junk = Files.writeString(dir.resolve("junk.db"), "hello");
        assertThat(run("--db", db.toString(), "restore", junk.toString(), "--yes")).isEqualTo(2);
        assertThat(err.toString().strip()).contains("junk.db", "ไม่ใช่ไฟล์ฐานข้อมูล SQLite").doesNotContain("\n");
    }

    @Test
    void restoreRefusesWhileAnotherTidtamHoldsTheDatabase() throws Exception {
        Path db = dir.resolve("tidtam.db");
        register(db, 1);
        Path other = dir.resolve("other.db");
        register(other, 2);
        try (SingleWriterLock gui = SingleWriterLock.acquire(db, "somchai", Clock.systemUTC())) {
            assertThat(run("--db", db.toString(), "restore", other.toString(), "--yes")).isEqualTo(2);
        }
        assertThat(err.toString()).contains("somchai", "โปรดปิดโปรแกรมนั้นก่อน");
        assertThat(count(db)).isEqualTo(1);
    }

    private int run(String... args) { return run(Optional.of("yes"), args); }

    private int run(Optional<String> answer, String... args) {
        CommandLine cl = TidtamCli.commandLine();
        ((RestoreCommand) cl.getSubcommands().get("restore").getCommand()).confirmation = prompt -> answer;
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static void register(Path db, int letters) {
        try (Database database = Database.open(db)) {
            SqliteRegisterStore store = new SqliteRegisterStore(database, AppConfig.clockFor("2025-05-15"));
            for (int i = 0; i < letters; i++) {
                store.register(draft(), "tester");
            }
        }
    }

    private static long count(Path db) {
        try (Database database = Database.open(db)) {
            return new SqliteRegisterStore(database, AppConfig.clockFor("2025-05-15")).count(RegisterQuery.all());
        }
    }

    private static LetterDraft draft() {
        LocalDateTime at = LocalDateTime.of(2025, 5, 15, 9, 30);
        return new LetterDraft("ขก ๐๐๑๗.๕/ว ๑๓๕๗๖", at.toLocalDate().minusDays(2), "สำนักงานจังหวัดขอนแก่น",
                "นายอำเภอเมืองขอนแก่น", "ขอเชิญประชุม", Urgency.URGENT, Secrecy.NORMAL, at, "งานธุรการ", "", "", "",
                "ด้วยจังหวัดขอนแก่นกำหนดจัดประชุม", List.of(Deadline.manual(DeadlineKind.MEETING,
                        at.toLocalDate().plusDays(5), LocalTime.of(13, 30), "เข้าร่วมประชุม")), null, null);
    }
}
