package org.tidtam.ui.review;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.tidtam.app.Core;
import org.tidtam.registry.DuplicateFinder;
import org.tidtam.registry.LetterRegistrar;
import org.tidtam.registry.ProposalService;

/** The core services the new-letter review needs: reading, registering with the original, duplicates. */
public record ReviewServices(ProposalService proposals, LetterRegistrar registrar, DuplicateFinder duplicates,
                             BooleanSupplier keepClassifiedContent) {
    public ReviewServices {
        Objects.requireNonNull(proposals, "proposals");
        Objects.requireNonNull(registrar, "registrar");
        Objects.requireNonNull(duplicates, "duplicates");
        Objects.requireNonNull(keepClassifiedContent, "keepClassifiedContent");
    }

    /** Classified letters keep their register fields only. */
    public ReviewServices(ProposalService proposals, LetterRegistrar registrar, DuplicateFinder duplicates) {
        this(proposals, registrar, duplicates, () -> false);
    }

    /**
     * Core's own services, so the window and the command line register letters the same way; whether a
     * classified letter keeps its text and file is the office's setting, read at each save.
     */
    public static ReviewServices of(Core core) {
        return new ReviewServices(core.proposalService(), core.registrar(), core.duplicateFinder(),
                core.settings()::keepClassifiedContent);
    }
}
