package org.tidtam.ui.common;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * The application style sheet and a font that draws Thai marks well. JavaFX CSS takes one font family,
 * not a fallback list, so the first installed family of a preference list is chosen here.
 */
public final class Styles {
    static final List<String> THAI_FAMILIES = List.of("Sarabun", "TH Sarabun New", "Laksaman", "Garuda",
            "Loma", "Waree", "Leelawadee UI", "Tahoma", "Norasi");
    private static final String CSS = Styles.class.getResource("/org/tidtam/ui/tidtam.css").toExternalForm();
    private static String family;

    private Styles() { }

    /** The first of {@link #THAI_FAMILIES} installed here, else the system font. */
    public static String thaiFamily(List<String> installed) {
        return THAI_FAMILIES.stream().filter(installed::contains).findFirst().orElse("System");
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(CSS);
        if (scene.getRoot() != null) {
            apply(scene.getRoot());
        }
    }

    public static void apply(Parent root) {
        if (!root.getStylesheets().contains(CSS)) {
            root.getStylesheets().add(CSS);
        }
        root.setStyle("-fx-font-family: '" + family() + "';");
    }

    private static synchronized String family() {
        if (family == null) {
            family = thaiFamily(Font.getFamilies());
        }
        return family;
    }
}
