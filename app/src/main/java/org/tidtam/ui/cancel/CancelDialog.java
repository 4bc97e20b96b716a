package org.tidtam.ui.cancel;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tidtam.store.RegisterRow;
import org.tidtam.ui.common.Styles;
import org.tidtam.ui.common.UiContext;

/**
 * Asks why an entry is being cancelled (ยกเลิก). The reason is required: the confirm button stays disabled
 * and a message says so until something is typed. The entry itself is never removed.
 */
public final class CancelDialog {
    private final UiContext ctx;

    public CancelDialog(UiContext ctx) { this.ctx = ctx; }

    /** The reason typed, or empty when the clerk backed out. */
    public Optional<String> ask(Window owner, RegisterRow row) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(ctx.text("ui.cancel.title"));
        ButtonType confirm = new ButtonType(ctx.text("ui.cancel.confirm"), ButtonData.OK_DONE);
        ButtonType back = new ButtonType(ctx.text("ui.button.back"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, back);
        dialog.getDialogPane().setId("cancelDialog");
        TextArea reason = new TextArea();
        reason.setId("cancelReason");
        reason.setAccessibleText(ctx.text("ui.cancel.reason"));
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        Node ok = dialog.getDialogPane().lookupButton(confirm);
        ok.setId("cancelConfirm");
        ok.disableProperty().bind(reason.textProperty().isEmpty().or(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> reason.getText().isBlank(), reason.textProperty())));
        dialog.getDialogPane().setContent(content(row, reason));
        dialog.setResultConverter(b -> b == confirm ? reason.getText().strip() : null);
        Styles.apply(dialog.getDialogPane());
        dialog.setOnShown(e -> reason.requestFocus());
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }

    private Node content(RegisterRow row, TextArea reason) {
        Label what = new Label(ctx.text("ui.cancel.what", row.regNo().toString(), row.subject()));
        what.setWrapText(true);
        what.getStyleClass().add("form-label");
        Label stays = new Label(ctx.text("ui.cancel.stays"));
        stays.setWrapText(true);
        Label label = new Label(ctx.text("ui.cancel.reason"));
        label.getStyleClass().add("form-label");
        label.setLabelFor(reason);
        Label required = new Label(ctx.text("ui.cancel.required"));
        required.setId("cancelRequired");
        required.getStyleClass().add("field-error");
        required.visibleProperty().bind(reason.textProperty().isEmpty());
        VBox box = new VBox(8, what, stays, label, reason, required);
        box.setPrefWidth(560);
        return box;
    }
}
