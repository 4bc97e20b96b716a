package org.tidtam.ui.review;

import java.util.Objects;
import org.tidtam.app.Core;
import org.tidtam.registry.DuplicateFinder;
import org.tidtam.registry.LetterRegistrar;
import org.tidtam.registry.ProposalService;

/** The core services the new-letter review needs: reading, registering with the original, duplicates. */
public record ReviewServices(ProposalService proposals, LetterRegistrar registrar, DuplicateFinder duplicates) {
    public ReviewServices {
        Objects.requireNonNull(proposals, "proposals");
        Objects.requireNonNull(registrar, "registrar");
        Objects.requireNonNull(duplicates, "duplicates");
    }

    /** Core's own services, so the window and the command line register letters the same way. */
    public static ReviewServices of(Core core) {
        return new ReviewServices(core.proposalService(), core.registrar(), core.duplicateFinder());
    }
}
