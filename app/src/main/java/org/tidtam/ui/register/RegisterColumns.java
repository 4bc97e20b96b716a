package org.tidtam.ui.register;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.tidtam.store.RegisterRow;
import org.tidtam.thai.ThaiDateFormat;
import org.tidtam.ui.common.UiContext;

/**
 * The register's columns in the regulation's order (เลขทะเบียนรับ, ที่, ลงวันที่, จาก, ถึง, เรื่อง,
 * การปฏิบัติ, หมายเหตุ) with the received date and time after the number and the urgency before the subject.
 * Columns do not sort: sorting would need every row; the store gives them in register order.
 */
final class RegisterColumns {
    private RegisterColumns() { }

    /** Shown until the clerk chooses otherwise in the table's column menu (+ at the header's right end). */
    static final Set<String> HIDDEN_BY_DEFAULT = Set.of("receivedTime", "remarks");

    /**
     * Widths for a 1280 px window: the fixed columns take about 980 px, the subject the rest
     * ({@link SubjectWidth}); the receipt time and the remarks start hidden (the entry's detail shows them).
     */
    static List<TableColumn<RegisterRow, String>> all(UiContext ctx) {
        List<TableColumn<RegisterRow, String>> all = List.of(
                column(ctx, "regNo", 112, r -> String.valueOf(r.regNo().number())),
                column(ctx, "receivedDate", 104,
                        r -> ThaiDateFormat.shortDate(r.receivedAt().toLocalDate(), ctx.messages())),
                column(ctx, "receivedTime", 64, r -> ThaiDateFormat.time(r.receivedAt().toLocalTime())),
                column(ctx, "number", 150, RegisterRow::number),
                column(ctx, "date", 104, r -> ThaiDateFormat.shortDate(r.date(), ctx.messages())),
                column(ctx, "sender", 160, RegisterRow::sender),
                column(ctx, "recipient", 120, RegisterRow::recipient),
                urgency(ctx),
                column(ctx, "subject", 330, RegisterRow::subject),
                column(ctx, "action", 124, RegisterRow::action),
                column(ctx, "remarks", 140, RegisterRow::remarks));
        all.forEach(c -> c.setVisible(!HIDDEN_BY_DEFAULT.contains(c.getId().substring("col-".length()))));
        return all;
    }

    /** The table shows the columns, lets the clerk choose which, and gives the subject the spare width. */
    static void install(TableView<RegisterRow> table, UiContext ctx) {
        List<TableColumn<RegisterRow, String>> all = all(ctx);
        table.getColumns().setAll(all);
        table.setTableMenuButtonVisible(true);
        all.stream().filter(c -> c.getId().equals("col-subject")).findFirst()
                .ifPresent(subject -> SubjectWidth.fill(table, subject));
    }

    private static TableColumn<RegisterRow, String> urgency(UiContext ctx) {
        TableColumn<RegisterRow, String> c = column(ctx, "urgency", 96,
                r -> ctx.text("ui.urgency." + r.urgency().name()));
        c.getStyleClass().add("urgency-column");
        c.setCellFactory(col -> {
            TableCell<RegisterRow, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.getStyleClass().add("urgency-cell");
            return cell;
        });
        return c;
    }

    private static TableColumn<RegisterRow, String> column(UiContext ctx, String name, double width,
                                                           Function<RegisterRow, String> value) {
        TableColumn<RegisterRow, String> c = new TableColumn<>(ctx.text("ui.register.col." + name));
        c.setId("col-" + name);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(p -> new ReadOnlyStringWrapper(p.getValue() == null ? "" : value.apply(p.getValue())));
        return c;
    }
}
