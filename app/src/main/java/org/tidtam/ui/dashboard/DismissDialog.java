package org.tidtam.ui.dashboard;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tidtam.remind.DeadlineEntry;
import org.tidtam.ui.common.Styles;
import org.tidtam.ui.common.UiContext;

/** Asks why a deadline needs no action; the confirm button stays disabled until a reason is typed. */
final class DismissDialog {
    private final UiContext ctx;

    DismissDialog(UiContext ctx) { this.ctx = ctx; }

    Optional<String> ask(Window owner, DeadlineEntry entry) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(ctx.text("dashboard.dismiss.title"));
        ButtonType ok = new ButtonType(ctx.text("dashboard.dismiss.confirm"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(ctx.text("ui.button.back"), ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("dismissDialog");
        TextArea reason = new TextArea();
        reason.setId("dismissReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setAccessibleText(ctx.text("dashboard.dismiss.reason"));
        Node button = dialog.getDialogPane().lookupButton(ok);
        button.setId("dismissConfirm");
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> reason.getText().isBlank(), reason.textProperty()));
        Label what = new Label(ctx.text("dashboard.done.what", entry.letter().regNo().toString(), entry.letter().subject()));
        what.setWrapText(true);
        Label label = new Label(ctx.text("dashboard.dismiss.reason"));
        label.setLabelFor(reason);
        VBox box = new VBox(8, what, label, reason);
        box.setPrefWidth(480);
        dialog.getDialogPane().setContent(box);
        dialog.setResultConverter(b -> b == ok ? reason.getText().strip() : null);
        Styles.apply(dialog.getDialogPane());
        dialog.setOnShown(e -> reason.requestFocus());
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }
}
