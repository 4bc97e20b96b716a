package org.tidtam.report;

/**
 * A bar chart drawn from one table of its section: the first column gives the categories, every other
 * (numeric) column one series named by its heading.
 */
public record BarChart(String title, int tableIndex) {
    public BarChart {
        if (tableIndex < 0) {
            throw new IllegalArgumentException("table index must be 0 or more: " + tableIndex);
        }
    }
}
