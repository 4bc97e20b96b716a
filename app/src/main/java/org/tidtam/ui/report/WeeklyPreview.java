package org.tidtam.ui.report;

import org.tidtam.report.ReportDocument;
import org.tidtam.report.WeeklySummary;

/** A built summary with its layout (the tables the files hold), both made off the FX thread. */
public record WeeklyPreview(WeeklySummary summary, ReportDocument document) {
    public WeeklyPreview {
        if (summary == null || document == null) {
            throw new IllegalArgumentException("a preview needs its summary and layout");
        }
    }
}
