package org.tidtam.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.tidtam.i18n.TidtamException;
import org.tidtam.remind.Holiday;
import org.tidtam.thai.ThaiDateFormat;
import org.tidtam.ui.common.ThaiDatePickers;
import org.tidtam.ui.common.ThaiWrap;
import org.tidtam.ui.common.UiContext;

/** The holidays tab: one year's table (พ.ศ.), a special holiday added by day and name, a day removed. */
final class HolidayPane {
    private final UiContext ctx;
    private final HolidayModel model;
    private final Label error = new Label();

    HolidayPane(UiContext ctx, HolidayModel model) {
        this.ctx = ctx;
        this.model = model;
    }

    Node node() {
        ComboBox<Integer> year = new ComboBox<>(model.years);
        year.setId("holidayYear");
        year.setAccessibleText(ctx.text("settings.holidays.year"));
        year.valueProperty().bindBidirectional(model.year);
        year.setCellFactory(l -> yearCell());
        year.setButtonCell(yearCell());
        TableView<Holiday> table = table();
        error.setId("holidayError");
        error.getStyleClass().add("field-error");
        ThaiWrap.fit(error);
        Label intro = ThaiWrap.paragraph(ctx.text("settings.holidays.intro"));
        intro.setId("holidayIntro");
        VBox box = new VBox(10, intro, new HBox(8, new Label(ctx.text("settings.holidays.year")), year), table,
                addRow(table), error);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private TableView<Holiday> table() {
        TableView<Holiday> table = new TableView<>(model.shown);
        table.setId("holidayTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("settings.holidays.col.day", h -> ThaiDateFormat.longDate(h.day(), ctx.messages()), 160));
        table.getColumns().add(column("settings.holidays.col.name", h -> h.name(ctx.messages().isThai()), 360));
        table.getColumns().add(column("settings.holidays.col.source", h -> ctx.text("settings.holidays.source."
                + h.source().name()), 120));
        return table;
    }

    private Node addRow(TableView<Holiday> table) {
        DatePicker day = ThaiDatePickers.create("holidayDay", ctx.text("settings.holidays.day"));
        TextField name = new TextField();
        name.setId("holidayName");
        name.setPromptText(ctx.text("settings.holidays.name"));
        name.setAccessibleText(ctx.text("settings.holidays.name"));
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button(ctx.text("settings.holidays.add"));
        add.setId("addHoliday");
        add.setOnAction(e -> refusable(() -> {
            model.add(ThaiDatePickers.parseOrNull(day.getEditor().getText()), name.getText());
            name.clear();
        }));
        Button remove = new Button(ctx.text("settings.holidays.remove"));
        remove.setId("removeHoliday");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> refusable(() -> model.remove(table.getSelectionModel().getSelectedItem())));
        return new HBox(8, day, name, add, remove);
    }

    private void refusable(Runnable action) {
        try {
            action.run();
            error.setText("");
        } catch (TidtamException ex) {
            error.setText(ctx.messages().of(ex));
        }
    }

    private TableColumn<Holiday, String> column(String key, java.util.function.Function<Holiday, String> value,
                                                double width) {
        TableColumn<Holiday, String> c = new TableColumn<>(ctx.text(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private ListCell<Integer> yearCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer y, boolean empty) {
                super.updateItem(y, empty);
                setText(empty || y == null ? null
                        : ctx.text("settings.holidays.yearBe", String.valueOf(y + ThaiDateFormat.BE_OFFSET)));
            }
        };
    }
}
