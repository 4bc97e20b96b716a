package org.tidtam.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.tidtam.app.Core;
import org.tidtam.store.RegisterQuery;
import org.tidtam.store.RegisterRow;
import org.tidtam.store.RegisterStore;
import org.tidtam.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `bench search`: register size, paging, listing and search times on the current database. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Print the database size against its raw text, and the time (median and worst of",
            "--runs, after one cold run) of the first and a deep page, counting and listing a year, opening an entry, and",
            "searching 3- and 10-character Thai substrings (first page of 50 hits, counting up to 1,000, counting all",
            "hits). With `bench start` (start to a usable register and dashboard) these are the figures of",
            "docs/decisions/0016."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:measured", "1:the register is empty", "2:error"})
final class BenchSearchCommand implements Callable<Integer> {
    /** Thai substrings of exactly 3 and 10 code points that occur in generated letters. */
    static final List<String> SHORT = List.of("ขอน", "ภัย", "ชุม", "สกล", "จ่า", "ยืน", "พัฒ", "ว่า");
    static final List<String> LONG = List.of("ปกครองท้อง", "ปัญหาภัยแล", "ศาลากลางจั", "พัฒนาชุมชน",
            "คณะกรรมการ", "ข้อเสนอแนะ", "ห้องประชุม", "จัดซื้อจัด");
    private static final int PAGE = 50;
    /** What a screen shows as "more than 1,000" (RegisterStore#countAtMost). */
    static final long COUNT_CAP = 1000;

    @Spec CommandSpec spec;
    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "Repetitions per figure (default 5).")
    int runs;
    @Option(names = "--sizes", description = "Also list bytes per table and index (reads the whole file).")
    boolean sizes;

    @Override
    public Integer call() {
        CliContext ctx = CliContext.of(spec);
        PrintWriter out = ctx.out();
        try (Core core = Core.open(ctx.config())) {
            RegisterStore store = core.registerStore();
            StoreStats stats = StoreStats.of(core.database(), sizes);
            if (stats.letters() == 0) {
                return ExitCodes.NOTHING_OR_FINDINGS;
            }
            sizes(out, stats);
            int year = store.years().get(0);
            long total = store.count(RegisterQuery.all());
            time(out, "first page (all, 50 rows)", () -> store.page(RegisterQuery.all(), 0, PAGE));
            time(out, "first page (year " + year + ")", () -> store.page(RegisterQuery.year(year), 0, PAGE));
            time(out, "deep page (offset " + (total - PAGE) + ")", () -> store.page(RegisterQuery.all(), (int) total - PAGE, PAGE));
            time(out, "count year " + year, () -> store.count(RegisterQuery.year(year)));
            time(out, "list year " + year + " (all rows)", () -> {
                long[] n = {0};
                store.forEachRow(RegisterQuery.year(year), 0, r -> n[0]++);
                return n[0];
            });
            long id = store.page(RegisterQuery.all(), (int) (total / 2), 1).get(0).id();
            time(out, "open entry (text, deadlines)", () -> store.get(id));
            search(out, "search 3 chars, first page", SHORT, q -> store.page(q, 0, PAGE).size());
            search(out, "search 10 chars, first page", LONG, q -> store.page(q, 0, PAGE).size());
            search(out, "search 3 chars, count up to " + COUNT_CAP, SHORT, q -> store.countAtMost(q, COUNT_CAP));
            search(out, "search 10 chars, count up to " + COUNT_CAP, LONG, q -> store.countAtMost(q, COUNT_CAP));
            search(out, "search 3 chars, count all hits", SHORT, store::count);
            search(out, "search 10 chars, count all hits", LONG, store::count);
        }
        return ExitCodes.OK;
    }

    private void sizes(PrintWriter out, StoreStats s) {
        out.printf(Locale.ROOT, "letters                      %,d%n", s.letters());
        out.printf(Locale.ROOT, "raw text                     %,.1f MB%n", s.rawTextBytes() / 1e6);
        out.printf(Locale.ROOT, "database file (+WAL)         %,.1f MB (%.2f x raw text)%n", s.fileBytes() / 1e6,
                s.fileBytes() / (double) Math.max(1, s.rawTextBytes()));
        for (Map.Entry<String, Long> t : s.tableBytes().entrySet()) {
            out.printf(Locale.ROOT, "  %-26s %,.1f MB%n", t.getKey(), t.getValue() / 1e6);
        }
    }

    /** Prints median and worst over every query and run, and which query was the slowest. */
    private void search(PrintWriter out, String label, List<String> queries, ToLongFunction<RegisterQuery> work) {
        List<Double> ms = new ArrayList<>();
        long hits = 0;
        double worst = -1;
        String slowest = "";
        for (String q : queries) {
            RegisterQuery query = RegisterQuery.all().withText(q);
            for (int i = 0; i < runs; i++) {
                // every run counts here, the first (cold) one included: a clerk's first search is cold too
                long t0 = System.nanoTime();
                hits += work.applyAsLong(query);
                double t = (System.nanoTime() - t0) / 1e6;
                ms.add(t);
                if (t > worst) {
                    worst = t;
                    slowest = q;
                }
            }
        }
        report(out, label + " (" + queries.size() + " queries, avg hits " + hits / (queries.size() * runs)
                + ", slowest " + slowest + ")", ms);
    }

    /** The first run (cold caches, JIT) is printed apart; median and worst are of the runs after it. */
    private void time(PrintWriter out, String label, Supplier<Object> work) {
        long c0 = System.nanoTime();
        work.get();
        double cold = (System.nanoTime() - c0) / 1e6;
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Object result = work.get();
            ms.add((System.nanoTime() - t0) / 1e6);
            if (i == 0 && result instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof RegisterRow r) {
                label = label + " [" + r.regNo() + "…]";
            }
        }
        report(out, label + String.format(Locale.ROOT, " (cold %.1f ms)", cold), ms);
    }

    private static void report(PrintWriter out, String label, List<Double> ms) {
        Collections.sort(ms);
        out.printf(Locale.ROOT, "%-60s median %8.1f ms  worst %8.1f ms%n", label, ms.get(ms.size() / 2),
                ms.get(ms.size() - 1));
        out.flush();
    }
}
