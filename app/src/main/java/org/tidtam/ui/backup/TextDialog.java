package org.tidtam.ui.backup;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tidtam.ui.common.Dialogs;
import org.tidtam.ui.common.Styles;
import org.tidtam.ui.common.UiContext;

/** A dialog with a long, selectable text (a check report, diagnostics) and an optional line above it. */
final class TextDialog {
    private TextDialog() { }

    static void show(Window owner, UiContext ctx, String title, String note, String text, String textId) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", Dialogs.ok(ctx.messages()));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        TextArea area = new TextArea(text);
        area.setId(textId);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(720, 380);
        VBox box = new VBox(8);
        if (note != null) {
            Label label = new Label(note);
            label.setWrapText(true);
            box.getChildren().add(label);
        }
        box.getChildren().add(area);
        alert.getDialogPane().setContent(box);
        alert.getDialogPane().setId(textId + "Dialog");
        alert.setResizable(true);
        Styles.apply(alert.getDialogPane());
        alert.show();
    }
}
