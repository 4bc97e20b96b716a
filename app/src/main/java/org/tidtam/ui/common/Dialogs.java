package org.tidtam.ui.common;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;

/**
 * Message boxes in the user's language. Errors show the localized message of a TidtamException, or a
 * generic "something went wrong" for anything else; the stack trace goes to the log, never to the screen.
 */
public final class Dialogs {
    private static final Logger LOG = Logger.getLogger(Dialogs.class.getName());

    private Dialogs() { }

    public static String messageOf(Messages m, Throwable error) {
        if (error instanceof TidtamException te) {
            return m.of(te);
        }
        LOG.log(Level.SEVERE, "unexpected failure", error);
        return m.get("errors.unexpected", String.valueOf(error));
    }

    public static void showError(Window owner, Messages m, Throwable error) {
        Alert alert = alert(owner, m, Alert.AlertType.ERROR, m.get("ui.error.title"), messageOf(m, error),
                ok(m));
        alert.getDialogPane().setId("errorDialog");
        alert.showAndWait();
    }

    public static void showInfo(Window owner, Messages m, String title, String text) {
        alert(owner, m, Alert.AlertType.INFORMATION, title, text, ok(m)).showAndWait();
    }

    /** Asks a yes/no question; true only when the user chose the first button. */
    public static boolean confirm(Window owner, Messages m, String title, String text, String yesKey) {
        ButtonType yes = new ButtonType(m.get(yesKey), ButtonData.OK_DONE);
        ButtonType no = new ButtonType(m.get("ui.button.back"), ButtonData.CANCEL_CLOSE);
        Alert alert = alert(owner, m, Alert.AlertType.CONFIRMATION, title, text, yes, no);
        alert.getDialogPane().setId("confirmDialog");
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    public static ButtonType ok(Messages m) { return new ButtonType(m.get("ui.button.ok"), ButtonData.OK_DONE); }

    private static Alert alert(Window owner, Messages m, Alert.AlertType type, String title, String text,
                               ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label content = new Label(text);
        content.setWrapText(true);
        content.setId("dialogText");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinWidth(420);
        Styles.apply(alert.getDialogPane());
        return alert;
    }
}
