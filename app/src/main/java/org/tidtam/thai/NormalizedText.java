package org.tidtam.thai;

/**
 * Text cleaned of OCR noise for matching, that still knows where each of its characters stood in the
 * original, so evidence found in the clean text can be shown in the text the clerk sees.
 *
 * @param text    the cleaned text (see {@link OcrNormalizer})
 * @param offsets for each index of {@code text} (and one past its end) the index in the original
 */
public record NormalizedText(String text, int[] offsets) {

    public NormalizedText {
        if (text == null || offsets == null || offsets.length != text.length() + 1) {
            throw new IllegalArgumentException("offsets must have one entry per character plus one");
        }
    }

    /** The original index of cleaned index {@code i} (clamped to the text). */
    public int original(int i) {
        return offsets[Math.max(0, Math.min(i, offsets.length - 1))];
    }

    /** The original index just after the cleaned range ending at {@code end} (exclusive). */
    public int originalEnd(int end) {
        if (end <= 0) {
            return offsets[0];
        }
        return offsets[Math.min(end - 1, offsets.length - 2)] + 1;
    }

    public int length() { return text.length(); }
}
