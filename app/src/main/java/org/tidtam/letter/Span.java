package org.tidtam.letter;

/** Character offsets [start, end) into a letter's original text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() { return end - start; }
}
