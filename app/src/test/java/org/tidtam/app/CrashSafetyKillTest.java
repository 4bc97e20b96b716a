package org.tidtam.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.letter.Letter;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.store.RegisterQuery;
import org.tidtam.store.StoreChecks;

/**
 * Issue 7, point 2: a bulk import in a separate process is killed with SIGKILL part-way, several times at
 * varied points (including mid-transaction, by a random delay after the last reported commit). After each
 * kill the database must be sound, the audit chain intact, every letter the import reported present and
 * whole (both deadlines, its audit row), and the numbers contiguous.
 */
class CrashSafetyKillTest {
    private static final int KILLS = 5;
    private static final long SEED = 20250320L;

    @TempDir Path dir;

    @Test
    void killedImportsLoseNoReportedLetterAndSkipNoNumber() throws Exception {
        Path db = dir.resolve("tidtam.db");
        Random random = new Random(SEED);
        TreeSet<String> reported = new TreeSet<>();
        List<String> points = new ArrayList<>();
        long lost = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            int after = 3 + random.nextInt(40);
            long delayMicros = random.nextInt(20_000);
            List<String> seen = runAndKill(db, after, delayMicros);
            reported.addAll(seen);
            lost += verify(db, reported);
            points.add("kill " + kill + ": after " + seen.size() + " reported (+" + delayMicros + " µs)");
        }
        try (Core core = Core.open(TestLetters.config(db, "checker"))) {
            long inDb = core.registerStore().count(RegisterQuery.all());
            System.out.printf("kill test: %d imports killed with SIGKILL; %s; letters reported %d, in the database %d, "
                    + "lost %d (seed %d)%n", KILLS, String.join("; ", points), reported.size(), inDb, lost, SEED);
        }
        assertThat(lost).isZero();
    }

    /** Starts the import, waits for `after` reported letters, waits delayMicros more, and kills it (SIGKILL). */
    private static List<String> runAndKill(Path db, int after, long delayMicros) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BulkRegisterProbe.class.getName(), db.toString(),
                "100000").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> seen = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (seen.size() < after && (line = r.readLine()) != null) {
                if (line.startsWith("REGISTERED ")) {
                    seen.add(line.substring("REGISTERED ".length()));
                }
            }
            LockSupport.parkNanos(delayMicros * 1000);
            // SIGKILL through the handle: Process.destroyForcibly() would also close our end of the pipe
            assertThat(p.toHandle().destroyForcibly()).isTrue();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // lines already in the pipe were committed before the kill: they count as reported too
            while ((line = r.readLine()) != null) {
                if (line.startsWith("REGISTERED ")) {
                    seen.add(line.substring("REGISTERED ".length()));
                }
            }
        }
        assertThat(seen).as("the import must have started").isNotEmpty();
        return seen;
    }

    /** Checks the database after a kill; returns how many reported letters are missing or torn. */
    private static long verify(Path db, TreeSet<String> reported) {
        try (Core core = Core.open(TestLetters.config(db, "checker"))) {
            assertThat(StoreChecks.integrityCheck(core.database())).containsExactly("ok");
            assertThat(core.auditVerifier().verify().intact()).isTrue();
            assertThat(StoreChecks.registerIndex(core.database()).agrees()).isTrue();
            assertThat(StoreChecks.bodyIndex(core.database()).agrees()).isTrue();
            long count = core.registerStore().count(RegisterQuery.all());
            for (int n = 1; n <= count; n++) {
                Letter letter = core.registerStore().find(new RegistrationNumber(2568, n)).orElse(null);
                assertThat(letter).as("number 2568/%d skipped", n).isNotNull();
                assertThat(letter.fields().deadlines()).as("deadlines of %s", letter.regNo()).hasSize(2);
                assertThat(core.registerStore().history(letter.id())).extracting(e -> e.field()).contains("registered");
            }
            return reported.stream().filter(no -> core.registerStore().find(RegistrationNumber.parse(no)).isEmpty())
                    .count();
        }
    }
}
