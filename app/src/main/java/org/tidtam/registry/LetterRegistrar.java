package org.tidtam.registry;

import java.nio.file.Path;
import java.util.Objects;
import org.tidtam.letter.Letter;
import org.tidtam.letter.LetterDraft;
import org.tidtam.store.Attachment;
import org.tidtam.store.RegisterStore;

/**
 * Step two of registering a letter (after {@link ProposalService}): keeps the original file in the data
 * folder, then registers the entry, its deadlines and the attachment row in one transaction. Classified
 * letters keep only their register fields unless keepClassifiedContent is set (see {@link ClassifiedContent}).
 */
public final class LetterRegistrar {
    private final RegisterStore store;
    private final AttachmentStore files;
    private final String user;

    public LetterRegistrar(RegisterStore store, AttachmentStore files, String user) {
        this.store = Objects.requireNonNull(store, "store");
        this.files = Objects.requireNonNull(files, "files");
        this.user = Objects.requireNonNull(user, "user");
    }

    /**
     * Registers the draft as the clerk confirmed it.
     *
     * @param original              the file it was read from, or null (pasted or typed); its hash must still
     *                              be draft.fileSha256() when that is set
     * @param keepClassifiedContent keep text and file of a ลับ/ลับมาก/ลับที่สุด letter too
     * @throws org.tidtam.i18n.TidtamException register.* (validation), registry.attachment.*, store.*
     */
    public Letter register(LetterDraft draft, Path original, boolean keepClassifiedContent) {
        LetterDraft stored = ClassifiedContent.apply(draft, keepClassifiedContent);
        Attachment attachment = null;
        if (original != null && ClassifiedContent.keepsContent(draft, keepClassifiedContent)) {
            org.tidtam.letter.LetterValidator.validate(stored).orThrow();
            attachment = files.keep(original, draft.fileSha256());
            stored = stored.withFile(attachment.sha256(), attachment.name());
        }
        return store.register(stored, user, attachment);
    }

    public AttachmentStore files() { return files; }
}
