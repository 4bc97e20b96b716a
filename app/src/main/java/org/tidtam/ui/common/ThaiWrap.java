package org.tidtam.ui.common;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
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
    /** One per thread: each new Thai line breaker parses the JDK's word dictionary again (milliseconds a cell). */
    private static final ThreadLocal<BreakIterator> LINES = ThreadLocal.withInitial(() -> BreakIterator.getLineInstance(THAI));
    /** The list's vertical scroll bar and the cell's own padding. */
    private static final double LIST_MARGIN = 30;

    private ThaiWrap() { }

    /** The text with a line break wherever the next word would pass {@code width}; its own breaks kept. */
    public static String wrap(String text, Font font, double width) {
        if (text == null || width <= 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        List<Integer> breaks = breaks(text, (a, b) -> width(text.substring(a, b), font), width);
        for (int i = breaks.size() - 1; i >= 0; i--) {
            int at = breaks.get(i);
            out.replace(stripEnd(text, 0, at), at, "\n");
        }
        return out.toString();
    }

    /**
     * Where new lines start (offsets into text, ascending) so that each line, without its trailing spaces,
     * is at most {@code max} wide as {@code width} measures the range [start, end); the text's own line
     * breaks start lines too but are not listed. A single word wider than max gets a line of its own.
     */
    public static List<Integer> breaks(String text, ToDoubleBiFunction<Integer, Integer> width, double max) {
        BreakIterator words = LINES.get();
        words.setText(text);
        List<Integer> out = new ArrayList<>();
        int lineStart = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (start > lineStart && width.applyAsDouble(lineStart, stripEnd(text, lineStart, end)) > max) {
                out.add(start);
                lineStart = start;
            }
            if (text.charAt(end - 1) == '\n') {
                lineStart = end;
            }
        }
        return out;
    }

    /** The end of text[from, to) without its trailing white space (line breaks included). */
    static int stripEnd(String text, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /**
     * The label shows its text broken into lines at its own width (and again when the width, the text or
     * the font changes); its text property keeps the unbroken text, for tests, bindings and screen readers.
     * The lines are drawn by a graphic label in the label's font and colour. The label takes any width its
     * pane gives it (a width taken from its own lines could shrink it line by line) and the height of all
     * its lines.
     */
    public static <L extends Labeled> L fit(L label) {
        Label lines = new Label();
        lines.fontProperty().bind(label.fontProperty());
        lines.textFillProperty().bind(label.textFillProperty());
        label.setWrapText(false);
        label.setGraphic(lines);
        label.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE); // a crowded pane would squeeze it to one line
        InvalidationListener rewrap = o -> {
            String text = wrap(label.getText(), label.getFont(),
                    label.getWidth() - label.snappedLeftInset() - label.snappedRightInset());
            if (!text.equals(lines.getText())) {
                lines.setText(text);
                relayoutLater(label);
            }
        };
        label.widthProperty().addListener(rewrap);
        label.textProperty().addListener(rewrap);
        label.fontProperty().addListener(rewrap);
        rewrap.invalidated(null);
        return label;
    }

    /** A paragraph label (a screen's introduction) that takes the width it is given and never widens its pane. */
    public static Label paragraph(String text) {
        Label label = fit(new Label(text));
        label.setPrefWidth(200);
        return label;
    }

    /**
     * Lays the node's parent out again on the next pulse: new lines chosen while the parent lays out (the
     * width just changed) change the node's height, which a parent in the middle of its layout ignores.
     */
    static void relayoutLater(Node node) {
        Platform.runLater(() -> {
            if (node.getParent() != null) {
                node.getParent().requestLayout();
            }
        });
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
