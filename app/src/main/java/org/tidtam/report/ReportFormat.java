package org.tidtam.report;

import java.util.Locale;

/** The file formats reports are written in. */
public enum ReportFormat {
    XLSX, CSV, PDF, JSON;

    public String extension() { return name().toLowerCase(Locale.ROOT); }
}
