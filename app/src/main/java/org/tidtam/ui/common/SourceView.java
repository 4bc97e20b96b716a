package org.tidtam.ui.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.tidtam.letter.Span;

/**
 * The letter's text, read-only, with the evidence of every extracted value highlighted and one span marked
 * (the selected field or deadline) and scrolled into view. Used beside the review form and in an entry's
 * detail; the styles are in org/tidtam/ui/review/review.css ({@link #STYLESHEET}). A TextFlow of Text pieces cut at the spans'
 * edges: unlike a TextArea's single selection, it shows all the evidence at once, and tests can read
 * each piece's style classes headless.
 */
public final class SourceView {
    /** The style sheet that colours the evidence; scenes showing a SourceView add it. */
    public static final String STYLESHEET = "/org/tidtam/ui/review/review.css";

    private record Piece(int start, int end, Text node) { }

    private final TextFlow flow = new TextFlow();
    private final ScrollPane scroll = new ScrollPane(flow);
    private final List<Piece> pieces = new ArrayList<>();

    public SourceView(String accessibleText) {
        flow.setId("sourceText");
        flow.getStyleClass().add("source-text");
        flow.setAccessibleText(accessibleText);
        scroll.setId("sourceScroll");
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(true);
    }

    public Node node() { return scroll; }

    /** Shows text with the given spans highlighted (offsets into text; out-of-range ends are cut). */
    public void show(String text, Collection<Span> evidence) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Span s : evidence) {
            cuts.add(Math.min(s.start(), text.length()));
            cuts.add(Math.min(s.end(), text.length()));
        }
        pieces.clear();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            Text t = new Text(text.substring(from, to));
            t.getStyleClass().add("source-piece");
            int a = from;
            int b = to;
            if (evidence.stream().anyMatch(s -> s.start() <= a && b <= s.end())) {
                t.getStyleClass().add("evidence");
            }
            pieces.add(new Piece(a, b, t));
            from = to;
        }
        flow.getChildren().setAll(pieces.stream().map(Piece::node).toList());
        scroll.setVvalue(0);
    }

    /** Marks the span's words (null: none) and scrolls them into view. */
    public void mark(Span span) {
        Text first = null;
        for (Piece p : pieces) {
            boolean inside = span != null && span.start() <= p.start() && p.end() <= span.end() && p.end() > p.start();
            p.node().getStyleClass().remove("evidence-selected");
            if (inside) {
                p.node().getStyleClass().add("evidence-selected");
                first = first == null ? p.node() : first;
            }
        }
        if (first != null) {
            scrollTo(first);
        }
    }

    /** The pieces now marked, joined: what the clerk sees highlighted as the selection. */
    public String markedText() {
        StringBuilder sb = new StringBuilder();
        pieces.stream().filter(p -> p.node().getStyleClass().contains("evidence-selected"))
                .forEach(p -> sb.append(p.node().getText()));
        return sb.toString();
    }

    private void scrollTo(Text node) {
        flow.applyCss();
        flow.layout();
        Bounds b = node.getBoundsInParent();
        double content = flow.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content > viewport) {
            double y = Math.max(0, b.getMinY() - viewport / 3);
            scroll.setVvalue(Math.min(1, y / (content - viewport)));
        }
    }
}
