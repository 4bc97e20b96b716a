package org.tidtam.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.backup.BackupService;
import org.tidtam.backup.SingleWriterLock;
import org.tidtam.i18n.TidtamException;
import org.tidtam.store.RegisterQuery;

/** The backup folder kept in the settings, and reopening the register on the same lock after a restore. */
class CoreBackupFolderTest {
    @TempDir Path dir;

    private AppConfig config() { return TestLetters.config(dir.resolve("tidtam.db"), "clerk"); }

    @Test
    void defaultIsBackupsBesideTheDatabaseAndAChoiceIsKept() {
        try (Core core = Core.open(config())) {
            assertThat(core.backupFolder()).isEqualTo(BackupService.defaultFolder(dir));
            core.changeBackupFolder(dir.resolve("usb"));
            assertThat(core.backupService().folder()).isEqualTo(dir.resolve("usb").toAbsolutePath());
        }
        try (Core again = Core.open(config())) {
            assertThat(again.backupFolder()).isEqualTo(dir.resolve("usb").toAbsolutePath());
        }
    }

    @Test
    void anUnwritableFolderIsRefusedAndNotSaved() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        try (Core core = Core.open(config())) {
            assertThatThrownBy(() -> core.changeBackupFolder(file.resolve("sub")))
                    .isInstanceOfSatisfying(TidtamException.class,
                            e -> assertThat(e.key()).isEqualTo("backup.folder.unwritable"));
            assertThat(core.backupFolder()).isEqualTo(BackupService.defaultFolder(dir));
        }
    }

    @Test
    void aReadOnlyCoreMayNotChangeTheFolder() {
        try (Core writer = Core.open(config()); Core reader = Core.open(config())) {
            assertThatThrownBy(() -> reader.changeBackupFolder(dir.resolve("usb")))
                    .isInstanceOfSatisfying(TidtamException.class,
                            e -> assertThat(e.key()).isEqualTo("backup.lock.held"));
        }
    }

    @Test
    void reopenAfterKeepsTheLockWhileTheFileIsClosedAndOpensItAgain() {
        Core core = Core.open(config());
        core.registerStore().register(TestLetters.numbered(1), "clerk");
        Reopened<Boolean> r = core.reopenAfter(file -> {
            try (SingleWriterLock other = SingleWriterLock.acquire(file, "other", TestLetters.CLOCK)) {
                return other.isReadOnly();
            }
        });
        try (Core next = r.core()) {
            assertThat(r.succeeded()).isTrue();
            assertThat(r.value()).as("another Tidtam meanwhile gets read-only").isTrue();
            assertThat(next.readOnly()).isFalse();
            assertThat(next.registerStore().count(RegisterQuery.all())).isEqualTo(1);
            core.close(); // the finished Core must not release the lock the new one holds
            try (Core third = Core.open(config())) {
                assertThat(third.readOnly()).isTrue();
            }
        }
    }

    @Test
    void aFailedWorkStillReopensTheRegister() {
        Core core = Core.open(config());
        Reopened<Object> r = core.reopenAfter(file -> {
            throw new TidtamException("backup.restore.inUse", file);
        });
        try (Core next = r.core()) {
            assertThat(r.succeeded()).isFalse();
            assertThat(r.failure()).isInstanceOf(TidtamException.class);
            next.registerStore().register(TestLetters.numbered(1), "clerk");
        }
    }
}
