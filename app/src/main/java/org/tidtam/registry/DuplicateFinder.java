package org.tidtam.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tidtam.letter.LetterDraft;
import org.tidtam.store.RegisterRow;
import org.tidtam.store.RegisterStore;
import org.tidtam.thai.ThaiDigits;

/**
 * Finds entries that are the same letter as a draft: the same number, date and sender (compared with Thai
 * digits as Arabic and spaces removed, since OCR and typing differ there), or the same original file.
 * Cancelled entries do not count. The clerk (or the import) decides what to do with the answer.
 */
public final class DuplicateFinder {
    private final RegisterStore store;

    public DuplicateFinder(RegisterStore store) { this.store = Objects.requireNonNull(store, "store"); }

    /** Existing entries the draft duplicates, oldest first; empty when none. Uses draft.fileSha256(). */
    public List<RegisterRow> find(LetterDraft draft) {
        return find(draft.number(), draft.date(), draft.sender(), draft.fileSha256());
    }

    /** Any argument may be null or blank; the number/date/sender test needs all three. */
    public List<RegisterRow> find(String number, LocalDate date, String sender, String fileSha256) {
        List<RegisterRow> out = new ArrayList<>();
        if (fileSha256 != null) {
            out.addAll(store.duplicateCandidates(null, fileSha256));
        }
        String n = normalise(number);
        String s = normalise(sender);
        if (date != null && !n.isEmpty() && !s.isEmpty()) {
            for (RegisterRow r : store.duplicateCandidates(date, null)) {
                if (n.equals(normalise(r.number())) && s.equals(normalise(r.sender()))
                        && out.stream().noneMatch(o -> o.id() == r.id())) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** "มท ๐๓๒๒/ว ๕๕๘" and "มท0322/ว558" are the same number. */
    static String normalise(String s) {
        return s == null ? "" : ThaiDigits.toArabic(s).replaceAll("\\s+", "");
    }
}
