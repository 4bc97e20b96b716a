package org.tidtam.report;

import java.util.List;

/**
 * A report laid out as titled sections of tables, independent of the file format, so the XLSX, CSV and PDF
 * writers (and a preview screen) share one layout. Made by {@link WeeklyDocument} and
 * {@link RegisterDocument}.
 */
public record ReportDocument(String title, String subtitle, List<Section> sections) {
    public ReportDocument {
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
        sections = List.copyOf(sections);
    }
}
