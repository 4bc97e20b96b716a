package org.tidtam.ui.report;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.tidtam.report.Column;
import org.tidtam.report.ReportText;
import org.tidtam.report.Table;

/** One table of a report as a read-only TableView, cells formatted as the files write them (พ.ศ. dates). */
final class DocumentTable {
    private static final double ROW = 28;
    private static final int VISIBLE_ROWS = 12;

    private DocumentTable() { }

    static TableView<List<Object>> of(Table table, ReportText text, String id) {
        TableView<List<Object>> view = new TableView<>();
        view.setId(id);
        view.setAccessibleText(table.title());
        view.setEditable(false);
        view.setFixedCellSize(ROW);
        view.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (int i = 0; i < table.columns().size(); i++) {
            view.getColumns().add(column(table.columns().get(i), i, text));
        }
        view.getItems().setAll(table.rows());
        view.setPlaceholder(new Label(text.get("none")));
        double height = ROW * (Math.min(Math.max(table.rows().size(), 1), VISIBLE_ROWS) + 1) + 6;
        view.setPrefHeight(height);
        view.setMinHeight(height);
        return view;
    }

    private static TableColumn<List<Object>, String> column(Column c, int index, ReportText text) {
        TableColumn<List<Object>, String> col = new TableColumn<>(c.heading());
        col.setCellValueFactory(row -> new ReadOnlyStringWrapper(cell(row.getValue().get(index), text)));
        col.setSortable(false);
        col.setPrefWidth(switch (c.kind()) {
            case WIDE_TEXT -> 280;
            case DATE -> 110;
            case NUMBER -> 80;
            case TEXT -> 130;
        });
        if (c.kind() == Column.Kind.NUMBER) {
            col.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return col;
    }

    static String cell(Object value, ReportText text) {
        if (value instanceof LocalDate d) {
            return text.date(d);
        }
        return value == null ? "" : value.toString();
    }
}
