package org.tidtam.ui.review;

import java.util.Objects;
import org.tidtam.app.AppConfig;
import org.tidtam.extract.LetterExtractor;
import org.tidtam.intake.FileIntake;
import org.tidtam.registry.AttachmentStore;
import org.tidtam.registry.DuplicateFinder;
import org.tidtam.registry.LetterRegistrar;
import org.tidtam.registry.ProposalService;
import org.tidtam.store.RegisterStore;

/** The core services the new-letter review needs: reading, registering with the original, duplicates. */
public record ReviewServices(ProposalService proposals, LetterRegistrar registrar, DuplicateFinder duplicates) {
    public ReviewServices {
        Objects.requireNonNull(proposals, "proposals");
        Objects.requireNonNull(registrar, "registrar");
        Objects.requireNonNull(duplicates, "duplicates");
    }

    /** Built as org.tidtam.app.Core builds them, over the store the window already uses. */
    public static ReviewServices of(AppConfig config, RegisterStore store) {
        return new ReviewServices(
                new ProposalService(new FileIntake(), new LetterExtractor(config.clock()), config.clock(),
                        config.messages()),
                new LetterRegistrar(store, new AttachmentStore(config.dataDir()), config.user()),
                new DuplicateFinder(store));
    }
}
