package org.tidtam.ui.register;

import javafx.beans.InvalidationListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Gives the subject column the width the other columns leave, so the register fits its window (1280 px
 * and up) without sideways scrolling while the clerk can still widen any other column; below
 * {@link #MIN} the table scrolls sideways rather than squeezing the subject to nothing.
 */
final class SubjectWidth {
    static final double MIN = 220;
    /** Room for the vertical scroll bar, which comes and goes with the number of rows. */
    private static final double SCROLL_BAR = 18;

    private SubjectWidth() { }

    static <S> void fill(TableView<S> table, TableColumn<S, ?> subject) {
        InvalidationListener fit = o -> fit(table, subject);
        table.widthProperty().addListener(fit);
        for (TableColumn<S, ?> c : table.getColumns()) {
            if (c != subject) {
                c.widthProperty().addListener(fit);
                c.visibleProperty().addListener(fit);
            }
        }
    }

    private static <S> void fit(TableView<S> table, TableColumn<S, ?> subject) {
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR;
        double others = table.getVisibleLeafColumns().stream().filter(c -> c != subject)
                .mapToDouble(TableColumn::getWidth).sum();
        if (room > 0) {
            subject.setPrefWidth(Math.max(MIN, Math.floor(room - others)));
        }
    }
}
