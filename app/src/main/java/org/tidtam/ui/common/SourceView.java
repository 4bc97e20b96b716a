package org.tidtam.ui.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.tidtam.letter.Span;

/**
 * The letter's text, read-only, with the evidence of every extracted value highlighted and one span marked
 * (the selected field or deadline) and scrolled into view. Used beside the review form and in an entry's
 * detail; the styles are in org/tidtam/ui/review/review.css ({@link #STYLESHEET}). A TextFlow of Text pieces cut at the spans'
 * edges: unlike a TextArea's single selection, it shows all the evidence at once, and tests can read
 * each piece's style classes headless. Long lines are broken here at Thai word boundaries ({@link ThaiWrap}),
 * as JavaFX's own wrapping draws the end of a long Thai line past the view's right edge.
 */
public final class SourceView {
    /** The style sheet that colours the evidence; scenes showing a SourceView add it. */
    public static final String STYLESHEET = "/org/tidtam/ui/review/review.css";
    /** Kept free at the right so rounding and kerning between pieces never make the flow wrap by itself. */
    private static final double SLACK = 2;

    private record Piece(int start, int end, Text node) { }

    private final TextFlow flow = new TextFlow();
    private final ScrollPane scroll = new ScrollPane(flow);
    private final List<Piece> pieces = new ArrayList<>();
    private String text = "";
    private List<Span> evidence = List.of();
    private List<Integer> breaks = List.of();
    private Font plain = Font.getDefault();
    private Font bold = Font.getDefault();
    private Span marked;
    private double wrappedAt = -1;

    public SourceView(String accessibleText) {
        flow.setId("sourceText");
        flow.getStyleClass().add("source-text");
        flow.setAccessibleText(accessibleText);
        scroll.setId("sourceScroll");
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(true);
        scroll.viewportBoundsProperty().addListener((o, was, now) -> {
            if (Math.abs(now.getWidth() - wrappedAt) > 0.5) {
                render();
                ThaiWrap.relayoutLater(flow);
            }
        });
    }

    public Node node() { return scroll; }

    /** Shows text with the given spans highlighted (offsets into text; out-of-range ends are cut). */
    public void show(String text, Collection<Span> evidence) {
        this.text = text;
        this.evidence = List.copyOf(evidence);
        this.marked = null;
        render();
        scroll.setVvalue(0);
    }

    /** Marks the span's words (null: none) and scrolls them into view. */
    public void mark(Span span) {
        marked = span;
        Text first = applyMark();
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

    /**
     * The text as shown, one string a line (a line of the letter keeps its "\n"): the letter's own lines
     * broken where they would pass the width. Joined, they are the text.
     */
    public List<String> lines() {
        TreeSet<Integer> starts = new TreeSet<>(breaks);
        for (int i = text.indexOf('\n'); i >= 0 && i + 1 < text.length(); i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        starts.add(text.length());
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int at : starts) {
            lines.add(text.substring(from, at));
            from = at;
        }
        return lines;
    }

    private void render() {
        wrappedAt = scroll.getViewportBounds().getWidth();
        breaks = List.of();
        build();
        double room = wrappedAt - flow.snappedLeftInset() - flow.snappedRightInset() - SLACK;
        if (wrappedAt > 0 && room > 0 && !pieces.isEmpty()) {
            plain = pieces.get(0).node().getFont();
            bold = Font.font(plain.getFamily(), FontWeight.BOLD, plain.getSize());
            breaks = ThaiWrap.breaks(text, this::width, room);
            if (!breaks.isEmpty()) {
                build();
            }
        }
        applyMark();
    }

    /** Cuts the text at the spans' edges and at the line breaks, a "\n" node before each broken line. */
    private void build() {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Span s : evidence) {
            cuts.add(Math.min(s.start(), text.length()));
            cuts.add(Math.min(s.end(), text.length()));
        }
        cuts.addAll(breaks);
        Set<Integer> lineStarts = new HashSet<>(breaks);
        pieces.clear();
        List<Node> nodes = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            if (lineStarts.contains(from)) {
                Text lineBreak = new Text("\n");
                lineBreak.getStyleClass().add("source-break");
                nodes.add(lineBreak);
            }
            Piece piece = piece(from, to);
            pieces.add(piece);
            nodes.add(piece.node());
            from = to;
        }
        flow.getChildren().setAll(nodes);
        flow.applyCss();
    }

    private Piece piece(int a, int b) {
        Text t = new Text(text.substring(a, b));
        t.getStyleClass().add("source-piece");
        if (isEvidence(a, b)) {
            t.getStyleClass().add("evidence");
        }
        return new Piece(a, b, t);
    }

    private boolean isEvidence(int a, int b) {
        return evidence.stream().anyMatch(s -> s.start() <= a && b <= s.end());
    }

    /** The width of text[a, b) as drawn; evidence measured bold, as it is when marked, so marking never re-flows. */
    private double width(int a, int b) {
        double sum = 0;
        for (Piece p : pieces) {
            int from = Math.max(a, p.start());
            int to = Math.min(b, p.end());
            if (from < to) {
                sum += ThaiWrap.width(text.substring(from, to), isEvidence(p.start(), p.end()) ? bold : plain);
            }
        }
        return sum;
    }

    private Text applyMark() {
        Text first = null;
        for (Piece p : pieces) {
            boolean inside = marked != null && marked.start() <= p.start() && p.end() <= marked.end() && p.end() > p.start();
            p.node().getStyleClass().remove("evidence-selected");
            if (inside) {
                p.node().getStyleClass().add("evidence-selected");
                first = first == null ? p.node() : first;
            }
        }
        return first;
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
