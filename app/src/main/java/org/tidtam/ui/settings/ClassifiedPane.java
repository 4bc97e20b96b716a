package org.tidtam.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.tidtam.ui.common.UiContext;

/**
 * The classified-letters tab: both options are off by default, so a ลับ/ลับมาก/ลับที่สุด letter keeps
 * only its register fields and exports show its grade instead of its subject. Each says what it does.
 */
final class ClassifiedPane {
    private final UiContext ctx;
    private final SettingsViewModel model;

    ClassifiedPane(UiContext ctx, SettingsViewModel model) {
        this.ctx = ctx;
        this.model = model;
    }

    Node node() {
        Label intro = new Label(ctx.text("settings.classified.intro"));
        intro.setWrapText(true);
        intro.setMinWidth(0); // wraps to the window instead of widening the tab
        intro.setPrefWidth(200);
        intro.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(14, intro,
                option("keepClassified", "settings.classified.keep", model.keepClassified),
                option("showClassifiedSubjects", "settings.classified.show", model.showClassifiedSubjects));
        box.setPadding(new Insets(12));
        box.setMaxWidth(760);
        return box;
    }

    private Node option(String id, String key, BooleanProperty value) {
        CheckBox box = new CheckBox(ctx.text(key));
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        Label help = new Label(ctx.text(key + ".help"));
        help.setId(id + "Help");
        help.setWrapText(true);
        help.getStyleClass().add("settings-help");
        help.setPadding(new Insets(0, 0, 0, 28));
        return new VBox(4, box, help);
    }
}
