package org.tidtam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.app.Core;
import org.tidtam.app.TestLetters;
import org.tidtam.backup.BackupService;

class CheckCommandTest {
    @TempDir Path dir;
    Path db;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void threeLettersAndABackup() {
        db = dir.resolve("tidtam.db");
        try (Core core = Core.open(TestLetters.config(db, "somchai"))) {
            for (int i = 1; i <= 3; i++) {
                core.registerStore().register(TestLetters.numbered(i), "somchai");
            }
        }
        new BackupService(db, BackupService.defaultFolder(dir)).backupNow(TestLetters.CLOCK);
    }

    @Test
    void healthyRegisterPassesEveryCheck() {
        assertThat(check()).as(out + "" + err).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("✓ Database integrity: ok", "✓ Audit chain: 3 rows, chain intact",
                "✓ Search index: 3 letters, 3 in the register index; 3 with text, 3 in the body index",
                "✓ Backup: newest 2025-03-20 (0 days old)").doesNotContain("✗");
        System.out.println("check on a healthy database:\n" + out);
    }

    @Test
    void bulkGeneratedRegisterWithBlankTextsPasses() {
        // a letter without text, then a bulk load whose index rebuild gives it an empty body entry (harmless)
        assertThat(TidtamCli.run(new String[] {"--db", db.toString(), "--today", "2025-03-20", "register", "add",
                "--from", "กรมการปกครอง", "--subject", "ขอให้รายงานผล"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err))).as(err.toString()).isEqualTo(ExitCodes.OK);
        int gen = TidtamCli.run(new String[] {"--db", db.toString(), "--today", "2025-03-20", "dev", "generate",
                "--letters=50", "--seed=7"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(gen).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(check()).as(out.toString()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void auditRowChangedWithAnotherToolIsNamed() throws Exception {
        sql("UPDATE audit_log SET new_value = '2568/9', user = 'intruder' WHERE id = 2");
        assertThat(check()).isEqualTo(ExitCodes.NOTHING_OR_FINDINGS);
        assertThat(out.toString()).contains("✗ Audit chain: 1 of 3 audit rows do not fit the chain",
                "letter 2568/2, audit row 2 (field registered): its content was changed after it was written",
                "✓ Database integrity");
        System.out.println("check on a tampered database:\n" + out);
    }

    @Test
    void auditRowRemovedBreaksTheLinkOfTheNext() throws Exception {
        sql("DELETE FROM audit_log WHERE id = 2");
        assertThat(check()).isEqualTo(ExitCodes.NOTHING_OR_FINDINGS);
        assertThat(out.toString()).contains("letter 2568/3, audit row 3 (field registered): the row before it was removed");
    }

    @Test
    void searchIndexEntriesRemovedBehindTidtamsBackAreFindings() throws Exception {
        sql("DELETE FROM body_fts WHERE rowid = 2");
        sql("INSERT INTO register_fts (register_fts, rowid, number, sender, subject) SELECT 'delete', id, number, "
                + "sender, subject FROM letters WHERE reg_no = 3");
        assertThat(check()).isEqualTo(ExitCodes.NOTHING_OR_FINDINGS);
        assertThat(out.toString()).contains("✗ Search index: 3 letters, 2 in the register index; 3 with text, 2 in",
                "letter 2568/3 is missing from register_fts", "letter 2568/2 is missing from body_fts");
    }

    @Test
    void noBackupIsAFinding() throws Exception {
        for (Path f : new BackupService(db, BackupService.defaultFolder(dir)).dailyBackups().values()) {
            java.nio.file.Files.delete(f);
        }
        assertThat(check()).isEqualTo(ExitCodes.NOTHING_OR_FINDINGS);
        assertThat(out.toString()).contains("✗ Backup: no backup in " + dir.resolve("backups"));
    }

    @Test
    void staleBackupIsAFinding() {
        int code = TidtamCli.run(new String[] {"--db", db.toString(), "--lang", "en", "--today", "2025-03-28", "check"},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.NOTHING_OR_FINDINGS);
        assertThat(out.toString()).contains("✗ Backup: newest 2025-03-20 is 8 days old (more than 7)");
    }

    @Test
    void jsonListsEveryCheck() throws Exception {
        sql("UPDATE audit_log SET field = 'subject' WHERE id = 1");
        assertThat(check("--json")).isEqualTo(ExitCodes.NOTHING_OR_FINDINGS);
        JsonNode root = Json.MAPPER.readTree(out.toString());
        assertThat(root.get("ok").asBoolean()).isFalse();
        assertThat(root.get("checks")).hasSize(4);
        assertThat(root.get("checks").get(1).get("id").asText()).isEqualTo("audit");
        assertThat(root.get("checks").get(1).get("details").get(0).asText()).contains("audit row 1 (field subject)");
    }

    @Test
    void missingDatabaseIsAnErrorAndCreatesNothing() {
        Path none = dir.resolve("none.db");
        int code = TidtamCli.run(new String[] {"--db", none.toString(), "--lang", "en", "check"},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("There is no database at '" + none + "' to check.");
        assertThat(none).doesNotExist();
    }

    @Test
    void thaiOutput() {
        int code = TidtamCli.run(new String[] {"--db", db.toString(), "--today", "2025-03-20", "check"},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("✓ ลำดับบันทึกการแก้ไข (audit): 3 แถว");
    }

    private int check(String... extra) {
        String[] base = {"--db", db.toString(), "--lang", "en", "--today", "2025-03-20", "check"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        return TidtamCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private void sql(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
