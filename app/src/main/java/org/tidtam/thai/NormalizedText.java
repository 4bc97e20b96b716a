package org.tidtam.thai;

/**
 * Text cleaned of OCR noise for matching, that still knows where each of its characters stood in the
 * original, so evidence found in the clean text can be shown in the text the clerk sees.
 *
 * @param text    the cleaned text (see {@link OcrNormalizer})
 * @param offsets for each index of {@code text} (and one past its end) where it starts in the original
 * @param ends    for each index of {@code text} where it ends in the original (exclusive)
 */
public record NormalizedText(String text, int[] offsets, int[] ends) {

    public NormalizedText {
        if (text == null || offsets == null || offsets.length != text.length() + 1
                || ends == null || ends.length != text.length()) {
            throw new IllegalArgumentException("offsets must have one entry per character plus one");
        }
    }

    /** The original index of cleaned index {@code i} (clamped to the text). */
    public int original(int i) {
        return offsets[Math.max(0, Math.min(i, offsets.length - 1))];
    }

    /** The original index just after the cleaned range ending at {@code end} (exclusive). */
    public int originalEnd(int end) {
        if (end <= 0 || ends.length == 0) {
            return offsets[0];
        }
        return ends[Math.min(end - 1, ends.length - 1)];
    }

    public int length() { return text.length(); }
}
