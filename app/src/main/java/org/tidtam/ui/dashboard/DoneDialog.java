package org.tidtam.ui.dashboard;

import java.util.Optional;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tidtam.remind.DeadlineEntry;
import org.tidtam.ui.common.Styles;
import org.tidtam.ui.common.UiContext;

/** Asks for a note and, optionally, the number of the reply letter sent, before marking a deadline done. */
final class DoneDialog {
    /** What the clerk typed. */
    record Answer(String note, String replyNumber) { }

    private final UiContext ctx;

    DoneDialog(UiContext ctx) { this.ctx = ctx; }

    Optional<Answer> ask(Window owner, DeadlineEntry entry) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(ctx.text("dashboard.done.title"));
        ButtonType ok = new ButtonType(ctx.text("dashboard.done.confirm"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(ctx.text("ui.button.back"), ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("doneDialog");
        dialog.getDialogPane().lookupButton(ok).setId("doneConfirm");
        TextArea note = new TextArea();
        note.setId("doneNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setAccessibleText(ctx.text("dashboard.done.note"));
        TextField reply = new TextField();
        reply.setId("replyNumber");
        reply.setAccessibleText(ctx.text("dashboard.done.replyNumber"));
        Label what = new Label(ctx.text("dashboard.done.what", entry.letter().regNo().toString(), entry.letter().subject()));
        what.setWrapText(true);
        VBox box = new VBox(8, what, label("dashboard.done.note", note), note, label("dashboard.done.replyNumber", reply), reply);
        box.setPrefWidth(480);
        dialog.getDialogPane().setContent(box);
        dialog.setResultConverter(b -> b == ok ? new Answer(note.getText(), reply.getText()) : null);
        Styles.apply(dialog.getDialogPane());
        dialog.setOnShown(e -> note.requestFocus());
        return dialog.showAndWait();
    }

    private Label label(String key, javafx.scene.Node field) {
        Label l = new Label(ctx.text(key));
        l.getStyleClass().add("form-label");
        l.setLabelFor(field);
        return l;
    }
}
