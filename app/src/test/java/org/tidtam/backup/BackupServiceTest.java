package org.tidtam.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;

class BackupServiceTest {
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    @TempDir Path dir;

    static Clock on(String day) {
        return Clock.fixed(LocalDate.parse(day).atTime(9, 0).atZone(BANGKOK).toInstant(), BANGKOK);
    }

    @Test
    void backupNowWritesTodaysFileThatIsSoundAndComplete() throws Exception {
        Path db = TidtamDbFixture.create(dir.resolve("tidtam.db"), 1, 25);
        BackupService service = new BackupService(db, dir.resolve("backups"));

        Path file = service.backupNow(on("2025-05-15"));

        assertThat(file.getFileName()).hasToString("tidtam-2025-05-15.db");
        BackupReport report = new BackupInspector(1).inspect(file);
        assertThat(report.letters()).isEqualTo(25);
        assertThat(report.deadlines()).isEqualTo(50);
        assertThat(dir.resolve("backups")).isDirectoryNotContaining("glob:**.tmp");
        assertThat(Path.of(file + "-wal")).doesNotExist();
    }

    @Test
    void backupWhileAnotherConnectionWritesIsOneConsistentSnapshot() throws Exception {
        Path db = TidtamDbFixture.create(dir.resolve("tidtam.db"), 1, 500);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        Thread writer = new Thread(() -> {
            try (Connection c = TidtamDbFixture.connect(db)) {
                while (!stop.get()) {
                    TidtamDbFixture.register(c);
                    written.incrementAndGet();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        try {
            while (written.get() < 50) {
                Thread.sleep(5);
            }
            BackupService service = new BackupService(db, dir.resolve("backups"));
            for (int i = 0; i < 5; i++) {
                Path copy = service.backupTo(dir.resolve("copy" + i + ".db"));
                BackupReport r = new BackupInspector(1).inspect(copy);
                // each letter is written with its two deadlines in one transaction: a torn copy breaks this
                assertThat(r.deadlines()).isEqualTo(2 * r.letters());
                assertThat(r.letters()).isGreaterThanOrEqualTo(550);
                assertThat(r.newestRegNo().number()).isEqualTo((int) r.letters());
            }
        } finally {
            stop.set(true);
            writer.join();
        }
        assertThat(written.get()).isGreaterThan(50);
    }

    @Test
    void keepsFourteenDailyAndTwelveMonthlyCopies() throws Exception {
        Path db = TidtamDbFixture.create(dir.resolve("tidtam.db"), 1, 1);
        Path folder = Files.createDirectories(dir.resolve("backups"));
        LocalDate today = LocalDate.of(2025, 5, 15);
        for (int i = 1; i <= 400; i++) {
            Files.writeString(folder.resolve(BackupName.daily(today.minusDays(i))), "old");
        }
        Files.writeString(folder.resolve("tidtam-pre-restore-20250101-090000.db"), "keep me");
        Files.writeString(folder.resolve("notes.txt"), "keep me");
        Path crashed = Files.writeString(folder.resolve("tidtam-2025-05-01.db.123.tmp"), "left by a crash");
        Files.setLastModifiedTime(crashed, java.nio.file.attribute.FileTime.from(
                LocalDate.of(2025, 5, 1).atStartOfDay(BANGKOK).toInstant()));
        Path fresh = Files.writeString(folder.resolve("tidtam-2025-05-15.db.456.tmp"), "another Tidtam writing now");
        Files.setLastModifiedTime(fresh, java.nio.file.attribute.FileTime.from(on("2025-05-15").instant()));

        new BackupService(db, folder).backupNow(on("2025-05-15"));

        assertThat(new BackupService(db, folder).dailyBackups()).hasSize(14 + 11);
        assertThat(folder.resolve("tidtam-pre-restore-20250101-090000.db")).exists();
        assertThat(folder.resolve("notes.txt")).exists();
        assertThat(crashed).doesNotExist();
        assertThat(fresh).exists();
        assertThat(folder.resolve("tidtam-2024-06-30.db")).exists();
        assertThat(folder.resolve("tidtam-2024-05-31.db")).doesNotExist();
    }

    @Test
    void warnsWhenTheNewestBackupIsOlderThanSevenDays() throws Exception {
        Path db = TidtamDbFixture.create(dir.resolve("tidtam.db"), 1, 1);
        BackupService service = new BackupService(db, dir.resolve("backups"));
        assertThat(service.newestBackupAge(on("2025-05-15")).isStale()).isTrue();
        assertThat(service.newestBackupAge(on("2025-05-15")).describe(Messages.thai())).contains("ยังไม่เคยสำรอง");

        service.backupNow(on("2025-05-01"));

        BackupAge week = service.newestBackupAge(on("2025-05-08"));
        assertThat(week.days()).isEqualTo(7);
        assertThat(week.warning(Messages.english())).isEmpty();
        BackupAge old = service.newestBackupAge(on("2025-05-09"));
        assertThat(old.days()).isEqualTo(8);
        assertThat(old.warning(Messages.english())).hasValueSatisfying(w -> assertThat(w).contains("8 days"));
        assertThat(old.warning(Messages.thai())).hasValueSatisfying(w -> assertThat(w).contains("คำเตือน"));
    }

    @Test
    void dailyIfDueBacksUpOncePerDay() throws Exception {
        Path db = TidtamDbFixture.create(dir.resolve("tidtam.db"), 1, 1);
        BackupService service = new BackupService(db, dir.resolve("backups"));
        assertThat(service.dailyIfDue(on("2025-05-15"))).isPresent();
        assertThat(service.dailyIfDue(on("2025-05-15"))).isEmpty();
        assertThat(service.dailyIfDue(on("2025-05-16"))).isPresent();
        assertThat(service.dailyBackups()).hasSize(2);
    }

    @Test
    void unwritableFolderGivesAClearMessageAndNoFile() throws Exception {
        Path db = TidtamDbFixture.create(dir.resolve("tidtam.db"), 1, 1);
        Path notAFolder = Files.writeString(dir.resolve("usb-not-plugged"), "a file, not a folder");
        BackupService service = new BackupService(db, notAFolder.resolve("backups"));

        assertThatThrownBy(() -> service.backupNow(on("2025-05-15")))
                .isInstanceOfSatisfying(TidtamException.class, e -> {
                    assertThat(e.key()).isEqualTo("backup.folder.unwritable");
                    assertThat(Messages.thai().of(e)).contains("เขียนลงโฟลเดอร์สำรองข้อมูล", "usb-not-plugged");
                });
        assertThat(TidtamDbFixture.count(db, "letters")).isEqualTo(1);
    }

    @Test
    void noDatabaseToBackUp() {
        BackupService service = new BackupService(dir.resolve("missing.db"), dir.resolve("backups"));
        assertThatThrownBy(() -> service.backupNow(on("2025-05-15")))
                .isInstanceOfSatisfying(TidtamException.class, e -> assertThat(e.key()).isEqualTo("backup.noDatabase"));
        assertThat(service.dailyIfDue(on("2025-05-15"))).isEmpty();
    }

    @Test
    void twoRegistersInOneFolderKeepTheirOwnDailyBackups() throws Exception {
        Path incoming = TidtamDbFixture.create(dir.resolve("tidtam.db"), 1, 25);
        Path unit = TidtamDbFixture.create(dir.resolve("ทะเบียนกอง.db"), 1, 3);
        Clock clock = Clock.fixed(java.time.Instant.parse("2025-05-15T02:00:00Z"), java.time.ZoneOffset.UTC);
        BackupService first = new BackupService(incoming, dir.resolve("backups"));
        BackupService second = new BackupService(unit, dir.resolve("backups"));

        Path a = first.backupNow(clock);
        assertThat(second.dailyIfDue(clock)).as("the other register's copy is not this one's").isPresent();
        Path b = second.dailyBackups().get(LocalDate.of(2025, 5, 15));

        assertThat(a.getFileName()).hasToString("tidtam-2025-05-15.db");
        assertThat(b.getFileName()).hasToString("ทะเบียนกอง-2025-05-15.db");
        assertThat(Files.size(a)).isEqualTo(Files.size(first.dailyBackups().get(LocalDate.of(2025, 5, 15))));
        assertThat(first.dailyBackups()).hasSize(1).containsValue(a);
        assertThat(second.dailyBackups()).hasSize(1).containsValue(b);
    }
}
