package org.tidtam.ui.letterform;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Builds the form's rows: a label, the control, and under it the field's validation message. */
final class FormFields {
    private final GridPane grid = new GridPane();
    private final ObservableMap<String, String> errors;
    private int row;

    FormFields(ObservableMap<String, String> errors) {
        this.errors = errors;
        grid.setHgap(10);
        grid.setVgap(2);
        grid.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(),
                new javafx.scene.layout.ColumnConstraints(200, 380, Double.MAX_VALUE, Priority.ALWAYS, null, true));
    }

    GridPane grid() { return grid; }

    TextField text(String field, String label, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(value);
        add(field, label, f, f);
        return f;
    }

    /** Adds a row; {@code focusable} is the control that gets the id and the label's mnemonic target. */
    void add(String field, String label, Node shown, Control focusable) {
        focusable.setId(field);
        focusable.setAccessibleText(label);
        Label l = new Label(label);
        l.getStyleClass().add("form-label");
        l.setLabelFor(focusable);
        l.setMinWidth(Label.USE_PREF_SIZE);
        Label error = new Label();
        error.setId(field + "Error");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(Bindings.stringValueAt(errors, field));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        l.setPadding(new javafx.geometry.Insets(6, 0, 0, 0)); // level with the field's text, not its error line
        grid.add(l, 0, row);
        grid.add(new VBox(2, shown, error), 1, row);
        row++;
    }

    /** Tab leaves a text area (to the next field) instead of typing a tab; Ctrl+Tab does it inside anyway. */
    static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), area, KeyEvent.KEY_PRESSED, e.getCharacter(), e.getText(),
                        e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
    }
}
