package org.tidtam.report;

import java.util.List;

/**
 * One part of a report: a sheet in XLSX, a block of rows in CSV, a heading and tables in PDF.
 *
 * @param name  short name (the sheet's tab; at most 31 characters, no []:*?/\)
 * @param chart a chart of one of its tables, or null
 */
public record Section(String name, String title, List<Table> tables, BarChart chart) {
    public Section {
        if (name == null || name.isBlank() || name.length() > 31 || name.matches(".*[\\[\\]:*?/\\\\].*")) {
            throw new IllegalArgumentException("bad section name '" + name + "'");
        }
        tables = List.copyOf(tables);
        if (chart != null && chart.tableIndex() >= tables.size()) {
            throw new IllegalArgumentException("chart refers to table " + chart.tableIndex() + " of " + tables.size());
        }
    }
}
