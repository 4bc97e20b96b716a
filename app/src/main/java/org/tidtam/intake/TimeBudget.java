package org.tidtam.intake;

import java.time.Duration;
import org.tidtam.i18n.TidtamException;

/**
 * Elapsed time allowed for reading one file, checked between pages, entries and chunks. It measures
 * elapsed time (System.nanoTime), not the date, so it needs no Clock.
 */
final class TimeBudget {
    private final String fileName;
    private final Duration budget;
    private final long deadline;

    TimeBudget(String fileName, Duration budget) {
        this.fileName = fileName;
        this.budget = budget;
        this.deadline = System.nanoTime() + budget.toNanos();
    }

    void check() {
        if (System.nanoTime() - deadline > 0) {
            throw new TidtamException("intake.timeout", fileName, budget.toSeconds());
        }
    }
}
