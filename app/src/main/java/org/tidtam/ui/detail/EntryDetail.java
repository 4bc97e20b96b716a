package org.tidtam.ui.detail;

import java.util.List;
import org.tidtam.app.Core;
import org.tidtam.followup.ResolvedReference;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.AuditEntry;
import org.tidtam.letter.Letter;
import org.tidtam.store.Attachment;
import org.tidtam.store.LetterLink;

/**
 * Everything an entry's detail shows, read together on a worker thread: the entry with its text and
 * deadlines, the originals kept with it, its อ้างถึง items resolved against the register, the links made
 * by later letters, and its audit log.
 */
record EntryDetail(Letter letter, List<Attachment> files, List<ResolvedReference> references,
                   List<LetterLink> links, List<AuditEntry> history) {

    /** Runs on the worker; TidtamException when the entry is not in the register. */
    static EntryDetail load(Core core, long letterId) {
        Letter letter = core.registerStore().get(letterId).orElseThrow(() ->
                new TidtamException("detail.followup.letterNotFound", String.valueOf(letterId)));
        return new EntryDetail(letter, core.registerStore().attachments(letterId),
                core.followUps().references(letter), core.followUps().links(letterId),
                core.registerStore().history(letterId));
    }

    /** The newest original kept with the entry, or null. */
    Attachment original() { return files.isEmpty() ? null : files.get(files.size() - 1); }
}
