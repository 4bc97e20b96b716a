package org.tidtam.ui.review;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.StringConverter;
import javafx.util.converter.DefaultStringConverter;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.RelativeRule;
import org.tidtam.thai.ThaiDateFormat;
import org.tidtam.ui.common.ThaiDatePickers;
import org.tidtam.ui.common.UiContext;

/**
 * The proposed deadlines: accept (tick), kind, day (พ.ศ.), time, what must be done, the words read. Every
 * column but the evidence edits in place (Enter or F2 on a cell, or a click); a low-confidence row is
 * tinted and says why on hover.
 */
final class DeadlinesTable {
    private final UiContext ctx;
    private final TableView<DeadlineItem> table;

    DeadlinesTable(UiContext ctx, ReviewViewModel model) {
        this.ctx = ctx;
        this.table = new TableView<>(model.deadlines());
        table.setId("deadlinesTable");
        table.setAccessibleText(ctx.text("review.deadlines"));
        table.setEditable(true);
        table.setPlaceholder(new javafx.scene.control.Label(ctx.text("review.deadlines.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(accepted(), kind(), due(), time(), action(), evidence()));
        table.setRowFactory(t -> new WarnedRow());
    }

    TableView<DeadlineItem> table() { return table; }

    private TableColumn<DeadlineItem, Boolean> accepted() {
        TableColumn<DeadlineItem, Boolean> c = column("accept", 70);
        c.setCellValueFactory(d -> d.getValue().accepted);
        c.setCellFactory(CheckBoxTableCell.forTableColumn(c));
        return c;
    }

    private TableColumn<DeadlineItem, DeadlineKind> kind() {
        TableColumn<DeadlineItem, DeadlineKind> c = column("kind", 130);
        c.setCellValueFactory(d -> d.getValue().kind);
        c.setCellFactory(ComboBoxTableCell.forTableColumn(kindNames(),
                FXCollections.observableArrayList(DeadlineKind.values())));
        return c;
    }

    private TableColumn<DeadlineItem, LocalDate> due() {
        TableColumn<DeadlineItem, LocalDate> c = column("due", 110);
        c.setCellValueFactory(d -> d.getValue().due);
        c.setCellFactory(col -> new TextFieldTableCell<>(dates()) {
            @Override
            public void commitEdit(LocalDate day) {
                if (day == null) { // not a day: keep the one there, a slip must not wipe the proposal
                    cancelEdit();
                    return;
                }
                super.commitEdit(day);
            }

            @Override
            public void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                DeadlineItem item = empty ? null : getTableRow().getItem();
                if (item != null && day == null && item.proposed().relative() != null) {
                    setText(relative(item.proposed().relative()));
                }
            }
        });
        return c;
    }

    private TableColumn<DeadlineItem, LocalTime> time() {
        TableColumn<DeadlineItem, LocalTime> c = column("time", 70);
        c.setCellValueFactory(d -> d.getValue().time);
        c.setCellFactory(TextFieldTableCell.forTableColumn(times()));
        return c;
    }

    private TableColumn<DeadlineItem, String> action() {
        TableColumn<DeadlineItem, String> c = column("action", 160);
        c.setCellValueFactory(d -> d.getValue().action);
        c.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        return c;
    }

    private TableColumn<DeadlineItem, String> evidence() {
        TableColumn<DeadlineItem, String> c = column("evidence", 260);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(d.getValue().proposed().evidence()));
        c.setEditable(false);
        return c;
    }

    private <T> TableColumn<DeadlineItem, T> column(String name, double width) {
        TableColumn<DeadlineItem, T> c = new TableColumn<>(ctx.text("review.col." + name));
        c.setId("col-" + name);
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private String relative(RelativeRule r) {
        return ctx.text(r.business() ? "review.relative.business" : "review.relative.days", r.days());
    }

    private StringConverter<DeadlineKind> kindNames() {
        return new StringConverter<>() {
            @Override
            public String toString(DeadlineKind k) { return k == null ? "" : ctx.text("review.kind." + k.name()); }

            @Override
            public DeadlineKind fromString(String s) { return null; }
        };
    }

    private static StringConverter<LocalDate> dates() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) { return ThaiDatePickers.format(d); }

            @Override
            public LocalDate fromString(String s) { return ThaiDatePickers.parseOrNull(s); }
        };
    }

    private static StringConverter<LocalTime> times() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalTime t) { return t == null ? "" : ThaiDateFormat.time(t); }

            @Override
            public LocalTime fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : ThaiDateFormat.parseTime(s);
                } catch (TidtamException e) {
                    return null;
                }
            }
        };
    }

    /** Tints a low-confidence row and gives the reason as its tooltip. */
    private static final class WarnedRow extends TableRow<DeadlineItem> {
        @Override
        protected void updateItem(DeadlineItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("low-confidence");
            setTooltip(null);
            if (!empty && item != null && item.isLowConfidence()) {
                getStyleClass().add("low-confidence");
                setTooltip(new Tooltip(item.warning()));
            }
        }
    }
}
