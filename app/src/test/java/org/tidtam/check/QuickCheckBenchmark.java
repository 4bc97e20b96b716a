package org.tidtam.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.tidtam.backup.BackupService;
import org.tidtam.i18n.Messages;
import org.tidtam.store.Database;

/**
 * Times the window's start-up check against the full one on a large register, opened read-only so the file
 * is not touched: {@code java -cp … org.tidtam.check.QuickCheckBenchmark /tmp/big.db [full]}.
 */
public final class QuickCheckBenchmark {
    private QuickCheckBenchmark() { }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path folder = Files.createTempDirectory("quick-check");
        try (Database d = Database.openReadOnly(db, () -> new IllegalStateException("read-only"))) {
            RegisterCheck check = new RegisterCheck(d, new BackupService(db, folder), Clock.systemDefaultZone(),
                    Messages.english());
            time("quick", check::quick);
            if (args.length > 1) {
                time("full", check::run);
            }
        }
    }

    private static void time(String name, java.util.function.Supplier<CheckReport> run) {
        long t0 = System.nanoTime();
        CheckReport report = run.get();
        System.out.printf("%s check: %.1f s, %d findings%n", name, (System.nanoTime() - t0) / 1e9, report.findings());
        java.io.StringWriter out = new java.io.StringWriter();
        CheckReportWriter.text(report, out);
        System.out.print(out);
    }
}
