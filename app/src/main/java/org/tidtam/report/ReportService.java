package org.tidtam.report;

import java.time.Clock;
import java.time.LocalDate;
import org.tidtam.i18n.TidtamException;

/** Builds the reports from a {@link ReportSource}: what the CLI and the preview screen call. */
public final class ReportService {
    private final ReportSource source;
    private final Clock clock;
    private final SummaryOptions options;

    public ReportService(ReportSource source, Clock clock, SummaryOptions options) {
        this.source = source;
        this.clock = clock;
        this.options = options == null ? SummaryOptions.defaults() : options;
    }

    /** The summary of the week (Monday to Sunday) that holds {@code anyDay}. */
    public WeeklySummary weekly(LocalDate anyDay) {
        Week week = Week.of(anyDay);
        return new WeeklySummaryBuilder(options, clock).build(anyDay,
                source.lettersReceived(week.monday(), week.sunday()),
                // the reference day is inside the week, so nothing due later than this is shown
                source.deadlines(week.monday(), week.sunday().plusDays(options.comingDays())));
    }

    /** The register of entries received from {@code from} through {@code to}. */
    public RegisterPrintout register(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new TidtamException("report.error.range", from.toString(), to.toString());
        }
        return RegisterPrintout.of(from, to, source.lettersReceived(from, to), options);
    }
}
