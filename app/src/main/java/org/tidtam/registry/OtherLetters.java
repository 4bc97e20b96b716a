package org.tidtam.registry;

import java.util.ArrayList;
import java.util.List;
import org.tidtam.extract.ExtractedLetter;
import org.tidtam.extract.Extraction;
import org.tidtam.i18n.Messages;

/**
 * A file often holds a covering letter and the letter it forwards: the one registered keeps the others'
 * numbers as references, so a search for either number finds the entry.
 */
final class OtherLetters {
    private OtherLetters() { }

    static List<String> numbers(Extraction x, int chosen) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < x.letters().size(); i++) {
            ExtractedLetter l = x.letters().get(i);
            if (i != chosen && l.number() != null && !l.number().isBlank() && !out.contains(l.number().strip())) {
                out.add(l.number().strip());
            }
        }
        return out;
    }

    static String remark(List<String> numbers, Messages messages) {
        return numbers.isEmpty() ? "" : messages.get("registry.remarks.others", String.join(", ", numbers));
    }
}
