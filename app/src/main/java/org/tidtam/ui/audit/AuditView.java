package org.tidtam.ui.audit;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.tidtam.letter.AuditEntry;
import org.tidtam.store.RegisterRow;
import org.tidtam.thai.ThaiDateFormat;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.Dialogs;
import org.tidtam.ui.common.Styles;
import org.tidtam.ui.common.UiContext;

/** An entry's audit log (when, who, field, old value, new value), oldest first, read-only. */
public final class AuditView {
    private final UiContext ctx;

    public AuditView(UiContext ctx) { this.ctx = ctx; }

    public void show(Window owner, RegisterRow row) {
        TableView<AuditEntry> table = table();
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(ctx.text("ui.audit.title", row.regNo().toString()));
        dialog.getDialogPane().setId("auditDialog");
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(ctx.text("ui.action.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        Styles.apply(dialog.getDialogPane());
        ctx.runner().submit(BackgroundTask.of(() -> ctx.store().history(row.id()))
                .onSuccess(entries -> table.setItems(FXCollections.observableArrayList(entries)))
                .onError(Throwable.class, e -> Dialogs.showError(owner, ctx.messages(), e)));
        dialog.showAndWait();
    }

    /** The audit table alone (empty), for screens that show the log inside their own layout. */
    public TableView<AuditEntry> table() {
        TableView<AuditEntry> table = new TableView<>();
        table.setId("auditTable");
        table.setAccessibleText(ctx.text("ui.audit.table"));
        table.setPlaceholder(new Label(ctx.text("ui.audit.empty")));
        table.setPrefSize(880, 360);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("at", 170, a -> ThaiDateFormat.shortDate(a.at().toLocalDate(), ctx.messages()) + " "
                        + ThaiDateFormat.time(a.at().toLocalTime())),
                column("user", 110, AuditEntry::user),
                column("field", 140, a -> fieldName(a.field())),
                column("old", 200, a -> AuditValues.shown(ctx, a.field(), a.oldValue())),
                column("new", 200, a -> AuditValues.shown(ctx, a.field(), a.newValue()))));
        return table;
    }

    /** The store names fields in English ("sender"); show the form's label when there is one. */
    private String fieldName(String field) {
        String key = "ui.field." + field;
        String shown = ctx.text(key);
        return shown.equals(key) ? field : shown;
    }

    private TableColumn<AuditEntry, String> column(String name, double width, Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(ctx.text("ui.audit.col." + name));
        c.setId("audit-" + name);
        c.setPrefWidth(width);
        c.setCellValueFactory(p -> new ReadOnlyStringWrapper(value.apply(p.getValue())));
        return c;
    }
}
