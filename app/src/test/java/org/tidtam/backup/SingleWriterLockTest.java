package org.tidtam.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;

class SingleWriterLockTest {
    @TempDir Path dir;
    private final Clock clock = BackupServiceTest.on("2025-05-15");

    @Test
    void firstTidtamWritesAndSecondInTheSameJvmReadsOnly() {
        Path db = dir.resolve("tidtam.db");
        try (SingleWriterLock first = SingleWriterLock.acquire(db, "somchai", clock)) {
            assertThat(first.mode()).isEqualTo(SingleWriterLock.Mode.READ_WRITE);
            assertThat(first.banner(Messages.thai())).isEmpty();
            assertThat(dir.resolve("tidtam.db.lock")).exists();

            try (SingleWriterLock second = SingleWriterLock.acquire(db, "malee", clock)) {
                assertThat(second.mode()).isEqualTo(SingleWriterLock.Mode.READ_ONLY);
                assertThat(second.holder()).hasValueSatisfying(h -> assertThat(h.user()).isEqualTo("somchai"));
                assertThat(second.banner(Messages.thai())).hasValueSatisfying(b ->
                        assertThat(b).contains("อ่านอย่างเดียว", "somchai", "2025-05-15T09:00"));
                assertThatThrownBy(second::requireWritable).isInstanceOfSatisfying(TidtamException.class,
                        e -> assertThat(e.key()).isEqualTo("backup.lock.held"));
            }
            // the second attempt must not have released the first one's OS lock
            assertThat(probe(db, "try")).startsWith("READ_ONLY");
        }
        try (SingleWriterLock again = SingleWriterLock.acquire(db, "malee", clock)) {
            assertThat(again.mode()).isEqualTo(SingleWriterLock.Mode.READ_WRITE);
            assertThat(again.takenOverFrom()).isEmpty();
        }
    }

    @Test
    void aSecondProcessFindsTheLockAndOpensReadOnly() throws Exception {
        Path db = dir.resolve("tidtam.db");
        try (SingleWriterLock mine = SingleWriterLock.acquire(db, "somchai", clock)) {
            String line = probe(db, "try");
            assertThat(line).startsWith("READ_ONLY").contains("somchai", String.valueOf(ProcessHandle.current().pid()));
        }
        assertThat(probe(db, "try")).startsWith("READ_WRITE");
    }

    @Test
    void whileAnotherProcessHoldsItThisOneIsReadOnly() throws Exception {
        Path db = dir.resolve("tidtam.db");
        Process holder = start(db, "hold");
        try {
            String first = readLine(holder);
            assertThat(first).startsWith("READ_WRITE");
            try (SingleWriterLock mine = SingleWriterLock.acquire(db, "malee", clock)) {
                assertThat(mine.isReadOnly()).isTrue();
                assertThat(mine.holder()).hasValueSatisfying(h -> {
                    assertThat(h.user()).isEqualTo("probe-user");
                    assertThat(h.pid()).isEqualTo(holder.pid());
                });
            }
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (SingleWriterLock mine = SingleWriterLock.acquire(db, "malee", clock)) {
            assertThat(mine.isReadOnly()).isFalse();
            assertThat(mine.takenOverFrom()).isEmpty();
        }
    }

    @Test
    void aLockLeftByAKilledProcessIsTakenOver() throws Exception {
        Path db = dir.resolve("tidtam.db");
        Process holder = start(db, "hold");
        assertThat(readLine(holder)).startsWith("READ_WRITE");
        holder.destroyForcibly();
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("tidtam.db.lock"))).contains("pid=" + holder.pid());

        try (SingleWriterLock mine = SingleWriterLock.acquire(db, "malee", clock)) {
            assertThat(mine.mode()).isEqualTo(SingleWriterLock.Mode.READ_WRITE);
            assertThat(mine.takenOverFrom()).hasValueSatisfying(h -> assertThat(h.pid()).isEqualTo(holder.pid()));
            assertThat(Files.readString(mine.lockFile())).contains("user=malee");
        }
    }

    @Test
    void aFolderWhereNoLockFileCanBeMadeMeansReadOnly() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("share"), "a file");
        try (SingleWriterLock lock = SingleWriterLock.acquire(notAFolder.resolve("tidtam.db"), "malee", clock)) {
            assertThat(lock.isReadOnly()).isTrue();
            assertThat(lock.holder()).isEmpty();
            assertThat(lock.banner(Messages.english())).hasValueSatisfying(b -> assertThat(b).contains("Read only"));
        }
    }

    @Test
    void holderTextRoundTrips() {
        LockHolder h = LockHolder.current("สมชาย", clock);
        assertThat(LockHolder.parse(h.toFileText())).contains(h);
        assertThat(LockHolder.parse("garbage")).isEmpty();
        assertThat(LockHolder.parse("")).isEmpty();
    }

    private static Process start(Path db, String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockProbe.class.getName(), db.toString(), mode).redirectErrorStream(true).start();
    }

    private static String readLine(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        return r.readLine();
    }

    private static String probe(Path db, String mode) {
        try {
            Process p = start(db, mode);
            String line = readLine(p);
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return line;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
