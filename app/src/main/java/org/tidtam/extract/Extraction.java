package org.tidtam.extract;

import java.util.List;

/**
 * The result of reading one file: its letters in the order they appear (a covering letter first, then the
 * original it forwards).
 *
 * @param source  where the text came from (a file name), as given by the caller
 * @param letters the letters found; empty when the text holds none
 */
public record Extraction(String source, List<ExtractedLetter> letters) {
    public Extraction {
        source = source == null ? "" : source;
        letters = letters == null ? List.of() : List.copyOf(letters);
    }

    /** Number of deadlines over all letters. */
    public int deadlineCount() {
        return letters.stream().mapToInt(l -> l.deadlines().size()).sum();
    }
}
