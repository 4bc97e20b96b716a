package org.tidtam.registry;

import org.tidtam.letter.Deadline;
import org.tidtam.letter.LetterDraft;

/**
 * Classified letters (ลับ, ลับมาก, ลับที่สุด) are kept by their register fields only, unless the office
 * chooses otherwise: no text, no original file, no quoted evidence in the deadlines (it is the letter's
 * words). The file's hash stays so the same file is still recognised as a duplicate; its name goes
 * (names often say what a file is about).
 */
public final class ClassifiedContent {
    private ClassifiedContent() { }

    /** The draft as it may be stored; unchanged when it is not classified or keepContent is set. */
    public static LetterDraft apply(LetterDraft draft, boolean keepContent) {
        if (keepContent || !draft.secrecy().isClassified()) {
            return draft;
        }
        return draft.withText("").withFile(draft.fileSha256(), null)
                .withDeadlines(draft.deadlines().stream().map(ClassifiedContent::withoutEvidence).toList());
    }

    /** True when the original file and text may be kept with the entry. */
    public static boolean keepsContent(LetterDraft draft, boolean keepContent) {
        return keepContent || !draft.secrecy().isClassified();
    }

    private static Deadline withoutEvidence(Deadline d) {
        return new Deadline(d.id(), d.kind(), d.due(), d.end(), d.time(), d.relative(), d.action(), "", null,
                d.confidence(), d.status(), d.doneNote(), d.doneOn(), d.replyNumber());
    }
}
