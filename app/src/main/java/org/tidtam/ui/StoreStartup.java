package org.tidtam.ui;

import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.i18n.Messages;
import org.tidtam.ui.common.Dialogs;

/**
 * Opens the register when the window starts. A database that cannot be used (not writable, not SQLite,
 * written by a newer Tidtam, locked by another process) is explained in a dialog in the user's language
 * and the caller exits; the store refuses before it writes, so the file is left as it was.
 */
final class StoreStartup {
    private static final Logger LOG = Logger.getLogger(StoreStartup.class.getName());

    private StoreStartup() { }

    /** The register opened ahead (see TidtamGui), or the exception that stopped it, unwrapped. */
    static Core join(java.util.concurrent.CompletableFuture<Core> opening) {
        try {
            return opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    static Optional<Core> open(AppConfig config, Messages messages, Function<AppConfig, Core> opener) {
        try {
            return Optional.of(opener.apply(config));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "cannot open the register " + config.database(), e);
            Dialogs.showError(null, messages, e);
            return Optional.empty();
        }
    }
}
