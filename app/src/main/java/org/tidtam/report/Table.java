package org.tidtam.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A titled table of a report. Cells are {@code String}, {@code java.time.LocalDate} (written as a real date
 * where the format has dates) or {@code Integer}/{@code Long}; a null cell is written as "".
 */
public record Table(String title, List<Column> columns, List<List<Object>> rows) {
    public Table {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells for "
                        + columns.size() + " columns in table '" + title + "'");
            }
            List<Object> cells = new ArrayList<>(row.size());
            row.forEach(c -> cells.add(c == null ? "" : c));
            copy.add(Collections.unmodifiableList(cells));
        }
        rows = Collections.unmodifiableList(copy);
    }

    public List<String> headings() { return columns.stream().map(Column::heading).toList(); }
}
