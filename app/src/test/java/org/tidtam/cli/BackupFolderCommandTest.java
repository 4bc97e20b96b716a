package org.tidtam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.app.Core;
import org.tidtam.app.TestLetters;

/** Without --folder, backup, check and diagnostics use the folder chosen in the window (kept in settings). */
class BackupFolderCommandTest {
    @TempDir Path dir;
    Path db;
    Path usb;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void registerWithAChosenFolder() {
        db = dir.resolve("tidtam.db");
        usb = dir.resolve("usb");
        try (Core core = Core.open(TestLetters.config(db, "somchai"))) {
            core.registerStore().register(TestLetters.numbered(1), "somchai");
            core.changeBackupFolder(usb);
        }
    }

    private int run(String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(new String[] {"--db", db.toString(), "--today", "2025-03-20", "--lang", "en"}, 0, all, 0, 6);
        System.arraycopy(args, 0, all, 6, args.length);
        return TidtamCli.run(all, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void backupCheckAndDiagnosticsUseTheConfiguredFolder() {
        assertThat(run("backup")).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(usb.resolve("tidtam-2025-03-20.db")).isRegularFile();
        assertThat(dir.resolve("backups")).doesNotExist();

        assertThat(run("check")).as(out.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains(usb.resolve("tidtam-2025-03-20.db").toString());
        assertThat(run("diagnostics")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Backup folder: " + usb.toAbsolutePath());
    }

    @Test
    void theFolderOptionStillWins() {
        Path other = dir.resolve("other");
        assertThat(run("backup", "--folder", other.toString())).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(other.resolve("tidtam-2025-03-20.db")).isRegularFile();
        assertThat(usb).isEmptyDirectory();
    }

    @Test
    void backupOfAMissingDatabaseStillSaysSoAndCreatesNothing() {
        db = dir.resolve("none.db");
        assertThat(run("backup")).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("none.db");
        assertThat(db).doesNotExist();
    }
}
