package org.tidtam.ui.dashboard;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.tidtam.remind.BucketedDeadline;
import org.tidtam.remind.ReminderText;
import org.tidtam.ui.common.UiContext;

/** The dashboard's table of the chosen bucket: kind, day (พ.ศ.), time, days left, what, the letter, the assignee. */
final class DeadlineTable {
    private static final double ROW = 30; // room for Thai marks above and below the line

    private DeadlineTable() { }

    static TableView<BucketedDeadline> of(UiContext ctx, String id, ObservableList<BucketedDeadline> rows) {
        TableView<BucketedDeadline> table = new TableView<>(rows);
        table.setId(id);
        // fixed widths and a horizontal scroll bar: squeezed Thai dates and subjects were unreadable
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(ROW);
        table.setPlaceholder(new javafx.scene.control.Label(ctx.text("dashboard.empty")));
        var m = ctx.messages();
        table.getColumns().setAll(java.util.List.of(
                col(ctx, "kind", 110, b -> m.get("remind.kind." + b.entry().deadline().kind().name())),
                col(ctx, "day", 150, b -> day(b, ctx)),
                col(ctx, "time", 60, b -> b.entry().deadline().time() == null ? "" : b.entry().deadline().time().toString()),
                col(ctx, "daysLeft", 110, b -> ReminderText.daysLeft(b.daysLeft(), m)),
                col(ctx, "action", 160, b -> b.entry().deadline().action()),
                col(ctx, "regNo", 90, b -> b.entry().letter().regNo().toString()),
                col(ctx, "number", 140, b -> b.entry().letter().number()),
                col(ctx, "sender", 170, b -> b.entry().letter().sender()),
                col(ctx, "subject", 260, b -> b.entry().letter().subject()),
                col(ctx, "assignee", 150, b -> assignee(b))));
        return table;
    }

    private static String day(BucketedDeadline b, UiContext ctx) {
        var d = b.entry().deadline();
        if (d.due() == null) {
            return ctx.text("remind.bucket.UNDATED");
        }
        String first = ReminderText.day(d.due(), ctx.messages());
        return d.end() == null || d.end().equals(d.due()) ? first : first + " – " + ReminderText.day(d.end(), ctx.messages());
    }

    private static String assignee(BucketedDeadline b) {
        var l = b.entry().letter();
        return l.officer().isBlank() ? l.unit() : l.unit().isBlank() ? l.officer() : l.officer() + " (" + l.unit() + ")";
    }

    private static TableColumn<BucketedDeadline, String> col(UiContext ctx, String key, double width,
                                                             Function<BucketedDeadline, String> value) {
        TableColumn<BucketedDeadline, String> c = new TableColumn<>(ctx.text("dashboard.col." + key));
        c.setId("col-" + key);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 90));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
