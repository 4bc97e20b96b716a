package org.tidtam.followup;

import java.util.Optional;
import org.tidtam.extract.Reference;
import org.tidtam.store.RegisterRow;

/**
 * An อ้างถึง item of a letter with the register entry it names, when that entry is in the register.
 *
 * @param reference the item as the extractor read it
 * @param entry     the entry of the same letter number and date, or null
 */
public record ResolvedReference(Reference reference, RegisterRow entry) {
    public Optional<RegisterRow> found() { return Optional.ofNullable(entry); }
}
