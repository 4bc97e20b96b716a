package org.tidtam.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.store.RegisterQuery;
import org.tidtam.thai.ThaiDateFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `bench start`: what the window does before it is usable, timed step by step: opening the register (lock,
 * schema check, migrations if any), the year list, the chosen year's count and first page, and the
 * dashboard's deadlines and due reminders. The first round is this process's cold start; the rest are warm.
 */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = {"Time what the window does before it is usable: open the register, list the years,",
            "count and page the current year, load the dashboard's deadlines, reminders and overdue count. The first round is",
            "cold (this process's first), the others warm. The resident memory of the window itself: run the",
            "window, scroll the register, then read VmRSS in /proc/PID/status (see docs/decisions/0016)."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:measured", "2:error"})
final class BenchStartCommand implements Callable<Integer> {
    /** What the window asks for at start (RegisterViewModel's first page, the dashboard's bound). */
    static final int FIRST_PAGE = 100;
    static final int DASHBOARD_PER_SIDE = 1000;

    @Spec CommandSpec spec;
    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "Warm rounds after the cold one (default 5).")
    int runs;

    @Override
    public Integer call() {
        CliContext ctx = CliContext.of(spec);
        PrintWriter out = ctx.out();
        long sinceProcess = sinceProcessStart();
        List<double[]> rounds = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            rounds.add(round(ctx.config()));
            if (i == 0) {
                out.printf(Locale.ROOT, "cold start: %s; done %d ms after the process started (JVM start %d ms)%n",
                        format(rounds.get(0)), sinceProcessStart(), sinceProcess);
                out.flush();
            }
        }
        List<double[]> warm = rounds.subList(1, rounds.size());
        if (!warm.isEmpty()) {
            out.printf(Locale.ROOT, "warm start (median of %d): %s%n", warm.size(), format(median(warm)));
        }
        return ExitCodes.OK;
    }

    /** open, years, count + first page, dashboard, total: in ms. */
    private static double[] round(AppConfig config) {
        long t0 = System.nanoTime();
        try (Core core = Core.open(config)) {
            long t1 = System.nanoTime();
            List<Integer> years = core.registerStore().years();
            int year = ThaiDateFormat.yearBe(LocalDate.now(config.clock()));
            int shown = years.contains(year) || years.isEmpty() ? year : years.get(0);
            long t2 = System.nanoTime();
            long n = core.registerStore().count(RegisterQuery.year(shown));
            if (n > 0) {
                core.registerStore().page(RegisterQuery.year(shown), 0, FIRST_PAGE);
            }
            long t3 = System.nanoTime();
            LocalDate today = LocalDate.now(config.clock());
            var open = core.deadlineStore().openAround(today, DASHBOARD_PER_SIDE);
            core.reminderPlanner().dueNow(open, core.reminderStates(), config.clock());
            if (open.stream().filter(e -> e.deadline().due() != null && e.deadline().due().isBefore(today)).count()
                    >= DASHBOARD_PER_SIDE) {
                core.deadlineStore().countOverdue(today, 100_000); // the dashboard's "showing 1,000 of N overdue" line
            }
            long t4 = System.nanoTime();
            return new double[] {ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t4 - t0)};
        }
    }

    private static String format(double[] r) {
        return String.format(Locale.ROOT, "open %.0f ms, years %.0f ms, count + first page %.0f ms, "
                + "dashboard %.0f ms, total %.0f ms", r[0], r[1], r[2], r[3], r[4]);
    }

    private static double[] median(List<double[]> rounds) {
        double[] m = new double[rounds.get(0).length];
        for (int k = 0; k < m.length; k++) {
            List<Double> v = new ArrayList<>();
            for (double[] r : rounds) {
                v.add(r[k]);
            }
            Collections.sort(v);
            m[k] = v.get(v.size() / 2);
        }
        return m;
    }

    private static double ms(long nanos) { return nanos / 1e6; }

    /** From the JVM's own start time: ProcessHandle's start instant rests on a boot time in whole seconds. */
    private static long sinceProcessStart() {
        return System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
