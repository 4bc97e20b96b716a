package org.tidtam.followup;

import java.util.Objects;
import java.util.Optional;
import org.tidtam.extract.Reference;
import org.tidtam.store.RegisterRow;
import org.tidtam.store.RegisterStore;
import org.tidtam.thai.ThaiDigits;

/**
 * Finds the register entry an อ้างถึง item names: a live entry with the same letter date and the same
 * number (Thai digits read as Arabic, spaces and dots ignored, since OCR and typing differ there). An item
 * without a number or a date names nothing for sure, so it stays plain text.
 */
final class ReferenceResolver {
    private final RegisterStore store;

    ReferenceResolver(RegisterStore store) { this.store = Objects.requireNonNull(store, "store"); }

    Optional<RegisterRow> resolve(Reference ref, long self) {
        String number = normalise(ref.number());
        if (ref.date() == null || number.isEmpty()) {
            return Optional.empty();
        }
        return store.duplicateCandidates(ref.date(), null).stream()
                .filter(r -> r.id() != self && number.equals(normalise(r.number())))
                .findFirst();
    }

    /** "ขก ๐๐๑๗/ว ๑๒๓" and "ขก.0017/ว.123" are the same number. */
    static String normalise(String s) {
        return s == null ? "" : ThaiDigits.toArabic(s).replaceAll("[\\s.]+", "");
    }
}
