package org.tidtam.ui.common;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Breaks Thai text into lines that fit a width, at the word boundaries the JDK's Thai dictionary finds.
 * JavaFX's own wrapping (wrapText) breaks Thai at the right place but still draws the rest of the run on
 * the line before the break, past the control's edge, so the next line seems to repeat it (seen with
 * JavaFX 21 under Xvfb with Laksaman); text broken here into explicit lines is drawn tidily.
 */
public final class ThaiWrap {
    private static final Locale THAI = Locale.forLanguageTag("th");
    /** The list's vertical scroll bar and the cell's own padding. */
    private static final double LIST_MARGIN = 30;

    private ThaiWrap() { }

    /** The text with a line break wherever the next word would pass {@code width}; its own breaks kept. */
    public static String wrap(String text, Font font, double width) {
        if (text == null || width <= 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(wrapParagraph(paragraph, font, width));
        }
        return out.toString();
    }

    private static String wrapParagraph(String paragraph, Font font, double width) {
        BreakIterator words = BreakIterator.getLineInstance(THAI);
        words.setText(paragraph);
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String word = paragraph.substring(start, end);
            if (line.length() > 0 && width(line + word.stripTrailing(), font) > width) {
                out.append(line.toString().stripTrailing()).append('\n');
                line.setLength(0);
            }
            line.append(word);
        }
        return out.append(line).toString();
    }

    private static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** List cells showing {@code text} of each item broken into lines at the list's width. */
    public static <T> Callback<ListView<T>, ListCell<T>> cells(Function<? super T, String> text) {
        return list -> new ListCell<>() {
            // the list's width, not the cell's: that one changes as the scroll bar comes and goes, and
            // re-breaking on it could make the scroll bar come and go forever
            private final InvalidationListener rewrap = o -> show(getItem(), isEmpty());

            {
                setPrefWidth(0); // take the list's width, never widen it
                list.widthProperty().addListener(new WeakInvalidationListener(rewrap));
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                show(item, empty);
            }

            private void show(T item, boolean empty) {
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                double room = list.getWidth() - LIST_MARGIN - snappedLeftInset() - snappedRightInset();
                setText(wrap(text.apply(item), getFont(), room));
            }
        };
    }
}
