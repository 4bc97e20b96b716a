package org.tidtam.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tidtam.i18n.Messages;
import org.tidtam.remind.DeadlineEntry;
import org.tidtam.remind.Holiday;

/**
 * One day of the sheet: its number, a holiday's name, and its deadlines (the first few; the rest counted).
 * Clicking the day selects it; clicking a deadline opens its letter.
 */
final class DayCell {
    static final int ITEMS_SHOWN = 3;

    private DayCell() { }

    /** Everything a cell needs to draw itself. */
    record Look(LocalDate day, boolean inMonth, boolean today, boolean selected, Holiday holiday,
                List<DeadlineEntry> items) { }

    static VBox build(Look look, ItemText text, Messages m, Consumer<LocalDate> select,
                      Consumer<DeadlineEntry> open) {
        Label number = new Label(String.valueOf(look.day().getDayOfMonth()));
        number.getStyleClass().add("cal-day-number");
        number.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a long holiday name never hides the day
        HBox head = new HBox(4, number);
        if (look.holiday() != null) {
            Label name = new Label(look.holiday().name(m.isThai()));
            name.getStyleClass().add("cal-holiday-name");
            name.setTextOverrun(OverrunStyle.ELLIPSIS);
            name.setMinWidth(0);
            name.setTooltip(new Tooltip(look.holiday().name(m.isThai())));
            HBox.setHgrow(name, Priority.ALWAYS);
            head.getChildren().add(name);
        }
        VBox cell = new VBox(2, head);
        cell.setId("day-" + look.day());
        cell.getStyleClass().addAll(classes(look));
        cell.setMinSize(0, 0);
        look.items().stream().limit(ITEMS_SHOWN).forEach(e -> cell.getChildren().add(item(e, text, open)));
        if (look.items().size() > ITEMS_SHOWN) {
            Label more = new Label(m.get("calendar.more", look.items().size() - ITEMS_SHOWN));
            more.getStyleClass().add("cal-more");
            cell.getChildren().add(more);
        }
        cell.setOnMouseClicked(e -> select.accept(look.day()));
        return cell;
    }

    private static Label item(DeadlineEntry e, ItemText text, Consumer<DeadlineEntry> open) {
        Label item = new Label(text.line(e));
        item.getStyleClass().addAll(text.styleClasses(e));
        item.setTooltip(new Tooltip(text.tooltip(e)));
        item.setMaxWidth(Double.MAX_VALUE);
        item.setMinWidth(0);
        item.setTextOverrun(OverrunStyle.ELLIPSIS);
        item.setUserData(e);
        item.setOnMouseClicked(ev -> {
            ev.consume();
            open.accept(e);
        });
        return item;
    }

    private static List<String> classes(Look look) {
        List<String> c = new java.util.ArrayList<>(List.of("cal-day"));
        DayOfWeek dow = look.day().getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            c.add("cal-weekend");
        }
        if (!look.inMonth()) {
            c.add("cal-other-month");
        }
        if (look.holiday() != null) {
            c.add("cal-holiday");
        }
        if (look.today()) {
            c.add("cal-today");
        }
        if (look.selected()) {
            c.add("cal-selected");
        }
        return c;
    }
}
