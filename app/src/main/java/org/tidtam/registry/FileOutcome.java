package org.tidtam.registry;

import java.nio.file.Path;
import java.util.List;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.RegistrationNumber;

/** What happened to one file of an import. */
public sealed interface FileOutcome {
    Path file();

    /**
     * Registered (or, in a dry run, would be: regNo null).
     *
     * @param deadlines how many proposed deadlines were accepted with it
     */
    record Registered(Path file, RegistrationNumber regNo, int deadlines) implements FileOutcome { }

    /**
     * Skipped: the register already holds this letter.
     *
     * @param existing the first matching entry; null in a dry run when the match is an earlier file of the run
     * @param sameAs   that earlier file of the run, else null
     */
    record Duplicate(Path file, RegistrationNumber existing, Path sameAs) implements FileOutcome { }

    /** Not registered; key and args give the reason in the user's language. */
    record Failed(Path file, String key, List<Object> args) implements FileOutcome {
        public Failed {
            args = List.copyOf(args);
        }

        public String reason(Messages messages) { return messages.get(key, args.toArray()); }
    }
}
