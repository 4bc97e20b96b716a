package org.tidtam.ui.register;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.tidtam.letter.Letter;
import org.tidtam.store.RegisterRow;
import org.tidtam.ui.common.UiContext;

/**
 * The register screen: a พ.ศ. year chooser, the find bar (search box and filters), the table of entries
 * and a count of what matches. It binds to its
 * view-model and forwards the user's intents (new, edit, cancel, history) to the actions given by the
 * main window; it computes nothing itself.
 */
public final class RegisterView {
    /** What the buttons and keys of this screen ask the main window to do. */
    public interface Actions {
        void newLetter();

        void edit(RegisterRow row);

        void cancel(RegisterRow row);

        void history(RegisterRow row);

        /** Enter or a double click on a row: the entry's detail; by default the edit form. */
        default void open(RegisterRow row) { edit(row); }
    }

    private final UiContext ctx;
    private final RegisterViewModel model;
    private final Actions actions;
    private final TableView<RegisterRow> table = new TableView<>();
    private final BorderPane root = new BorderPane();
    private final FindBar find;

    public RegisterView(UiContext ctx, RegisterViewModel model, Actions actions) {
        this.ctx = ctx;
        this.model = model;
        this.actions = actions;
        this.find = new FindBar(ctx, model, this::toTable);
        root.setId("registerView");
        root.setTop(new VBox(toolBar(), find.node()));
        root.setCenter(buildTable());
        root.setBottom(statusBar());
    }

    public Node node() { return root; }

    public RegisterViewModel model() { return model; }

    public TableView<RegisterRow> table() { return table; }

    /** Ctrl+F: the search box takes the keyboard, its text selected so typing replaces it. */
    public void focusSearch() { find.focus(); }

    private void toTable() {
        if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().clearAndSelect(0);
        }
        table.requestFocus();
    }

    /** After a new entry was saved: show its year and select it. */
    public void showSaved(Letter letter) { model.show(letter, this::select); }

    /** After an edit or cancel: reload and keep the selected line. */
    public void reloadKeepingSelection() {
        model.reloadKeeping(table.getSelectionModel().getSelectedIndex(), this::select);
    }

    private void select(int index) {
        if (index >= 0) {
            table.getSelectionModel().clearAndSelect(index);
            table.scrollTo(Math.max(0, index - 3));
        }
        table.requestFocus();
    }

    private ToolBar toolBar() {
        Label yearLabel = new Label(ctx.text("ui.register.year"));
        ComboBox<Integer> years = new ComboBox<>(model.years());
        years.setId("yearChooser");
        years.setAccessibleText(ctx.text("ui.register.year"));
        years.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer y) {
                return y == null ? "" : y == RegisterViewModel.ALL_YEARS ? ctx.text("find.allYears") : String.valueOf(y);
            }

            @Override
            public Integer fromString(String s) { return null; }
        });
        years.valueProperty().bindBidirectional(model.yearProperty());
        yearLabel.setLabelFor(years);
        return new ToolBar(yearLabel, years,
                button("newButton", "ui.action.new", actions::newLetter),
                selectionButton("editButton", "ui.action.edit", actions::edit),
                selectionButton("cancelButton", "ui.action.cancelEntry", actions::cancel),
                selectionButton("historyButton", "ui.action.history", actions::history));
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(ctx.text(key));
        b.setId(id);
        b.setAccessibleText(ctx.text(key));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private Button selectionButton(String id, String key, Consumer<RegisterRow> action) {
        Button b = button(id, key, () -> withSelection(action));
        b.disableProperty().bind(model.selectedProperty().isNull());
        return b;
    }

    private void withSelection(Consumer<RegisterRow> action) {
        RegisterRow row = model.selectedProperty().get();
        if (row != null) {
            action.accept(row);
        }
    }

    private TableView<RegisterRow> buildTable() {
        table.setId("registerTable");
        table.setAccessibleText(ctx.text("ui.register.table"));
        RegisterColumns.install(table, ctx);
        Label placeholder = new Label();
        placeholder.setId("registerPlaceholder");
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> ctx.text(
                CountText.filtered(model.shownProperty().get()) ? "find.none.placeholder" : "ui.register.empty"),
                model.shownProperty()));
        table.setPlaceholder(placeholder);
        table.setFixedCellSize(36); // room for Thai marks above and below the line
        table.setRowFactory(t -> new RegisterTableRow(model::cancelReason, ctx.text("ui.register.cancelled")));
        table.itemsProperty().bind(model.rowsProperty());
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isAltDown()) {
                withSelection(actions::open);
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                withSelection(actions::open);
            }
        });
        return table;
    }

    private Node statusBar() {
        Label count = new Label();
        count.setId("registerCount");
        count.textProperty().bind(Bindings.createStringBinding(() -> CountText.of(ctx, model),
                model.countProperty(), model.shownProperty(), model.searchingProperty()));
        HBox bar = new HBox(count);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
