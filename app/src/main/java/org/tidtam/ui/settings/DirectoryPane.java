package org.tidtam.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tidtam.i18n.TidtamException;
import org.tidtam.ui.common.ThaiWrap;
import org.tidtam.ui.common.UiContext;

/**
 * The units and officers tab: a table of each with a name field under it. Add takes the typed name;
 * selecting a row puts its name in the field, and "rename" takes it back; deactivate keeps the name on old
 * letters but stops offering it. Refused changes are explained in the line under the tables.
 */
final class DirectoryPane {
    private final UiContext ctx;
    private final DirectoryModel model;
    private final Label error = new Label();

    DirectoryPane(UiContext ctx, DirectoryModel model) {
        this.ctx = ctx;
        this.model = model;
    }

    Node node() {
        error.setId("directoryError");
        error.getStyleClass().add("field-error");
        ThaiWrap.fit(error);
        HBox lists = new HBox(16, units(), officers());
        lists.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        VBox.setVgrow(lists, Priority.ALWAYS);
        Label intro = ThaiWrap.paragraph(ctx.text("settings.directory.intro"));
        intro.setId("directoryIntro");
        VBox box = new VBox(10, intro, lists, error);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node units() {
        TableView<DirectoryRow> table = table("unitTable", model.units, false);
        TextField name = field("unitName", "settings.directory.unitName");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                name.setText(row.name.get());
            }
        });
        Button add = button("addUnit", "settings.directory.add", () -> {
            model.addUnit(name.getText());
            name.clear();
        });
        Button rename = button("renameUnit", "settings.directory.rename",
                () -> model.renameUnit(table.getSelectionModel().getSelectedItem(), name.getText()));
        rename.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        name.setOnAction(e -> add.fire());
        return section("settings.directory.units", table, new HBox(8, name, add, rename, toggle(table, "Unit"),
                delete(table, "Unit")));
    }

    private Node officers() {
        TableView<DirectoryRow> table = table("officerTable", model.officers, true);
        TextField name = field("officerName", "settings.directory.officerName");
        ComboBox<String> unit = new ComboBox<>();
        unit.setId("officerUnit");
        unit.setAccessibleText(ctx.text("settings.directory.officerUnit"));
        unit.setPromptText(ctx.text("settings.directory.officerUnit"));
        unit.setOnShowing(e -> unit.getItems().setAll(withBlank()));
        unit.getItems().setAll(withBlank());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                name.setText(row.name.get());
                unit.setValue(row.unit.get());
            }
        });
        Button add = button("addOfficer", "settings.directory.add", () -> {
            model.addOfficer(name.getText(), unit.getValue());
            name.clear();
        });
        Button change = button("renameOfficer", "settings.directory.rename", () -> model.changeOfficer(
                table.getSelectionModel().getSelectedItem(), name.getText(), unit.getValue()));
        change.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        name.setOnAction(e -> add.fire());
        return section("settings.directory.officers", table, new VBox(8, new HBox(8, name, unit),
                new HBox(8, add, change, toggle(table, "Officer"), delete(table, "Officer"))));
    }

    private java.util.List<String> withBlank() {
        java.util.List<String> names = new java.util.ArrayList<>(model.unitNames());
        names.add(0, "");
        return names;
    }

    private TableView<DirectoryRow> table(String id, javafx.collections.ObservableList<DirectoryRow> rows,
                                          boolean withUnit) {
        TableView<DirectoryRow> table = new TableView<>(rows);
        table.setId(id);
        table.setPlaceholder(new Label(ctx.text("settings.directory.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("settings.directory.col.name", r -> r.name));
        if (withUnit) {
            table.getColumns().add(column("settings.directory.col.unit", r -> r.unit));
        }
        table.getColumns().add(column("settings.directory.col.active", r -> Bindings.when(r.active)
                .then(ctx.text("settings.directory.active")).otherwise(ctx.text("settings.directory.inactive"))));
        return table;
    }

    private TableColumn<DirectoryRow, String> column(String key,
            java.util.function.Function<DirectoryRow, javafx.beans.value.ObservableValue<String>> value) {
        TableColumn<DirectoryRow, String> c = new TableColumn<>(ctx.text(key));
        c.setCellValueFactory(f -> value.apply(f.getValue()));
        c.setSortable(false);
        return c;
    }

    private Button toggle(TableView<DirectoryRow> table, String what) {
        Button b = button("toggle" + what, "settings.directory.toggle", () -> model.toggle(table.getSelectionModel().getSelectedItem()));
        b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        return b;
    }

    private Button delete(TableView<DirectoryRow> table, String what) {
        Button b = button("delete" + what, "settings.directory.delete", () -> model.delete(table.getSelectionModel().getSelectedItem()));
        b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        return b;
    }

    private Node section(String titleKey, TableView<DirectoryRow> table, Node controls) {
        Label title = new Label(ctx.text(titleKey));
        title.getStyleClass().add("form-label");
        title.setLabelFor(table);
        VBox box = new VBox(6, title, table, controls);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private TextField field(String id, String promptKey) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(ctx.text(promptKey));
        f.setAccessibleText(ctx.text(promptKey));
        HBox.setHgrow(f, Priority.ALWAYS);
        return f;
    }

    /** A button whose action may be refused: the refusal shows under the tables, nothing changes. */
    private Button button(String id, String key, Runnable action) {
        Button b = new Button(ctx.text(key));
        b.setId(id);
        b.setOnAction(e -> {
            try {
                action.run();
                error.setText("");
            } catch (TidtamException ex) {
                error.setText(ctx.messages().of(ex));
            }
        });
        return b;
    }
}
