package org.tidtam.ui.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.tidtam.remind.DeadlineEntry;
import org.tidtam.ui.common.ThaiWrap;
import org.tidtam.ui.common.UiContext;

/**
 * The month calendar (View → Calendar, Ctrl+3): a พ.ศ. month sheet with every open deadline and meeting on
 * its day, holidays shaded and named, today ringed, and the selected day's items listed beside it. Keys:
 * arrows move the day, PageUp/PageDown turn the month, Enter opens the day's letter (or goes to the day's
 * list when it has several), where Enter opens the chosen one.
 */
public final class CalendarView {
    private final UiContext ctx;
    private final CalendarViewModel model;
    private final LongConsumer openLetter;
    private final BorderPane root = new BorderPane();
    private final GridPane grid = new GridPane();
    private final Label header = new Label();
    private final Label dayTitle = new Label();
    private final Label dayHoliday = new Label();
    private final ListView<DeadlineEntry> dayList = new ListView<>();

    public CalendarView(UiContext ctx, CalendarViewModel model, LongConsumer openLetter) {
        this.ctx = ctx;
        this.model = model;
        this.openLetter = openLetter;
        root.setId("calendar");
        root.getStylesheets().add(CalendarView.class.getResource("/org/tidtam/ui/calendar/calendar.css").toExternalForm());
        root.setTop(navigation());
        root.setCenter(sheet());
        root.setRight(dayPane());
        root.setBottom(Legend.build(ctx.messages()));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        model.dataProperty().addListener((o, a, b) -> redraw());
        model.selectedProperty().addListener((o, a, b) -> redraw());
        redraw();
    }

    /** Built over the core's deadline store and holiday table. */
    public static CalendarView of(UiContext ctx, LongConsumer openLetter, java.util.function.Consumer<Throwable> onError) {
        return new CalendarView(ctx, new CalendarViewModel(ctx.core().deadlineStore(), ctx.core().holidays(),
                ctx.runner(), ctx.clock(), onError), openLetter);
    }

    public Node node() { return root; }

    public CalendarViewModel model() { return model; }

    /** Puts the keyboard on the sheet (after the tab is chosen). */
    public void focus() { grid.requestFocus(); }

    private Node navigation() {
        Button previous = button("calendarPrevious", "calendar.previous", model::previousMonth);
        Button next = button("calendarNext", "calendar.next", model::nextMonth);
        Button today = button("calendarToday", "calendar.today", model::goToday);
        header.setId("calendarHeader");
        header.getStyleClass().add("cal-header");
        header.setMinWidth(220);
        header.setAlignment(Pos.CENTER);
        HBox bar = new HBox(8, previous, header, next, today);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setStyle("-fx-padding: 8;");
        return bar;
    }

    private Node sheet() {
        grid.setId("calendarGrid");
        grid.getStyleClass().add("cal-grid");
        grid.setFocusTraversable(true);
        for (int c = 0; c < 7; c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(100.0 / 7);
            grid.getColumnConstraints().add(col);
        }
        grid.getRowConstraints().add(new RowConstraints());
        for (int r = 0; r < MonthGrid.DAYS / 7; r++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setPercentHeight(100.0 / 6.3);
            grid.getRowConstraints().add(row);
        }
        grid.setOnMouseClicked(e -> grid.requestFocus());
        return grid;
    }

    private Node dayPane() {
        dayTitle.setId("calendarDayTitle");
        dayTitle.getStyleClass().add("section-title");
        dayTitle.setWrapText(true);
        dayHoliday.setId("calendarDayHoliday");
        dayHoliday.getStyleClass().add("cal-holiday-name");
        dayHoliday.managedProperty().bind(dayHoliday.textProperty().isNotEmpty());
        dayList.setId("calendarDayList");
        dayList.setPlaceholder(new Label(ctx.text("calendar.day.empty")));
        dayList.setCellFactory(ThaiWrap.cells(e -> {
            ItemText text = new ItemText(ctx.messages(), model.today());
            return text.line(e) + "\n" + e.letter().sender() + " · " + e.letter().subject()
                    + (text.overdue(e) ? "\n" + ctx.text("calendar.item.overdue") : "");
        }));
        dayList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelectedInList();
            }
        });
        VBox.setVgrow(dayList, Priority.ALWAYS);
        VBox box = new VBox(6, dayTitle, dayHoliday, dayList);
        box.setPrefWidth(300);
        box.setStyle("-fx-padding: 8;");
        return box;
    }

    private void redraw() {
        YearMonth month = model.monthProperty().get();
        LocalDate selected = model.selectedProperty().get();
        MonthData data = model.dataProperty().get();
        header.setText(MonthGrid.header(month, ctx.messages()));
        grid.setAccessibleText(ctx.text("calendar.grid", header.getText()));
        ItemText text = new ItemText(ctx.messages(), model.today());
        grid.getChildren().clear();
        List<java.time.DayOfWeek> heads = MonthGrid.weekdays();
        for (int c = 0; c < heads.size(); c++) {
            Label head = new Label(ctx.text("calendar.dow." + heads.get(c).name()));
            head.getStyleClass().add("cal-weekday");
            head.setMaxWidth(Double.MAX_VALUE);
            grid.add(head, c, 0);
        }
        List<LocalDate> days = MonthGrid.days(month);
        for (int i = 0; i < days.size(); i++) {
            LocalDate d = days.get(i);
            var look = new DayCell.Look(d, YearMonth.from(d).equals(month), d.equals(model.today()),
                    d.equals(selected), data.holidays().get(d), data.on(d));
            grid.add(DayCell.build(look, text, ctx.messages(), model::select, this::open), i % 7, 1 + i / 7);
        }
        showDay(selected, data);
    }

    private void showDay(LocalDate day, MonthData data) {
        dayTitle.setText(MonthGrid.dayTitle(day, ctx.messages()));
        var holiday = data.holidays().get(day);
        dayHoliday.setText(holiday == null ? "" : ctx.text("calendar.day.holiday", holiday.name(ctx.messages().isThai())));
        dayList.getItems().setAll(data.on(day));
    }

    private void onKey(KeyEvent e) {
        boolean inList = dayList.isFocused();
        switch (e.getCode()) {
            case PAGE_UP -> model.previousMonth();
            case PAGE_DOWN -> model.nextMonth();
            case LEFT -> model.move(-1);
            case RIGHT -> model.move(1);
            case UP -> {
                if (inList) {
                    return;
                }
                model.move(-7);
            }
            case DOWN -> {
                if (inList) {
                    return;
                }
                model.move(7);
            }
            case ENTER -> enter(inList);
            case ESCAPE -> {
                if (!inList) {
                    return;
                }
                grid.requestFocus();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void enter(boolean inList) {
        if (inList) {
            openSelectedInList();
        } else if (dayList.getItems().size() == 1) {
            open(dayList.getItems().get(0));
        } else if (!dayList.getItems().isEmpty()) {
            dayList.requestFocus();
            dayList.getSelectionModel().select(0);
        }
    }

    private void openSelectedInList() {
        DeadlineEntry e = dayList.getSelectionModel().getSelectedItem();
        if (e != null) {
            open(e);
        }
    }

    private void open(DeadlineEntry e) { openLetter.accept(e.letter().letterId()); }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(ctx.text(key));
        b.setId(id);
        b.setOnAction(ev -> action.run());
        b.setFocusTraversable(false); // arrows and PageUp/PageDown belong to the sheet
        return b;
    }
}
