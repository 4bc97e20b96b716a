package org.tidtam.ui.register;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.tidtam.letter.LetterStatus;
import org.tidtam.letter.Urgency;
import org.tidtam.ui.common.UiContext;

/**
 * The register's "find anything" bar: one search box (number, sender, subject and the letter's text) and
 * the urgency, status and assignee filters. Enter searches at once, Esc clears the box (and, when it is
 * already empty, the filters), Down goes to the table.
 */
final class FindBar {
    private final UiContext ctx;
    private final RegisterViewModel model;
    private final TextField search = new TextField();
    private final ToolBar bar;

    FindBar(UiContext ctx, RegisterViewModel model, Runnable toTable) {
        this.ctx = ctx;
        this.model = model;
        bar = new ToolBar(searchBox(toTable),
                choice("urgencyFilter", "find.urgency", Urgency.values(), model.filters().urgencyProperty(),
                        u -> ctx.text("ui.urgency." + u.name())),
                choice("statusFilter", "find.status", LetterStatus.values(), model.filters().statusProperty(),
                        s -> ctx.text("find.status." + s.name())),
                assignee());
        bar.setId("findBar");
    }

    ToolBar node() { return bar; }

    void focus() {
        search.requestFocus();
        search.selectAll();
    }

    private TextField searchBox(Runnable toTable) {
        search.setId("searchField");
        search.setPromptText(ctx.text("find.search.prompt"));
        search.setAccessibleText(ctx.text("find.search"));
        search.setTooltip(new Tooltip(ctx.text("find.search.tip")));
        search.setPrefColumnCount(34);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.textProperty().bindBidirectional(model.filters().textProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.clearSearch();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                model.searchNow();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                toTable.run();
                e.consume();
            }
        });
        return search;
    }

    /** A choice of one value or "all" (null), shown by name. */
    private <T> ComboBox<T> choice(String id, String key, T[] values, ObjectProperty<T> value,
                                   Function<T, String> name) {
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(List.of(values));
        ComboBox<T> box = new ComboBox<>(FXCollections.observableList(items));
        box.setId(id);
        box.setAccessibleText(ctx.text(key));
        box.setTooltip(new Tooltip(ctx.text(key)));
        String all = ctx.text(key + ".all");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) { return t == null ? all : name.apply(t); }

            @Override
            public T fromString(String s) { return null; }
        });
        box.setButtonCell(new NamedCell<>(box.getConverter(), true));
        box.setCellFactory(l -> new NamedCell<>(box.getConverter(), false));
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private ComboBox<String> assignee() {
        ComboBox<String> box = new ComboBox<>(model.assignees());
        box.setId("assigneeFilter");
        box.setEditable(true);
        box.setPromptText(ctx.text("find.assignee.all"));
        box.setAccessibleText(ctx.text("find.assignee"));
        box.setTooltip(new Tooltip(ctx.text("find.assignee.tip")));
        box.setPrefWidth(200);
        box.valueProperty().bindBidirectional(model.filters().assigneeProperty());
        return box;
    }

    /**
     * A cell that names the null choice "all": the button shows it although the combo box calls a null value
     * empty; list rows past the items stay blank.
     */
    private static final class NamedCell<T> extends javafx.scene.control.ListCell<T> {
        private final StringConverter<T> names;
        private final boolean button;

        NamedCell(StringConverter<T> names, boolean button) {
            this.names = names;
            this.button = button;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty && !button ? null : names.toString(item));
        }
    }

}
