package org.tidtam.ui.review;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.tidtam.store.RegisterRow;
import org.tidtam.thai.ThaiDateFormat;
import org.tidtam.ui.common.Styles;
import org.tidtam.ui.common.UiContext;

/** Warns that the letter is already registered, shows the existing entries, and lets the clerk decide. */
final class DuplicateDialog {
    private DuplicateDialog() { }

    /** True when the clerk chose to save anyway. */
    static boolean saveAnyway(Window owner, UiContext ctx, List<RegisterRow> existing) {
        ButtonType save = new ButtonType(ctx.text("review.duplicate.save"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(ctx.text("review.duplicate.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", save, cancel);
        alert.initOwner(owner);
        alert.setTitle(ctx.text("review.duplicate.title"));
        alert.setHeaderText(ctx.text("review.duplicate.header"));
        StringBuilder text = new StringBuilder();
        for (RegisterRow r : existing) {
            text.append(ctx.text("review.duplicate.row", r.regNo().toString(), r.number(),
                    r.date() == null ? "-" : ThaiDateFormat.shortDate(r.date(), ctx.messages()), r.sender(), r.subject()))
                    .append('\n');
        }
        Label content = new Label(text.toString().strip());
        content.setWrapText(true);
        content.setId("duplicateText");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("duplicateDialog");
        alert.getDialogPane().setMinWidth(480);
        Styles.apply(alert.getDialogPane());
        // Cancel is the default: saving a second copy must be a deliberate choice.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(save)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().filter(save::equals).isPresent();
    }
}
