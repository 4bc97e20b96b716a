package org.tidtam.ui;

import java.nio.file.Path;
import java.time.Clock;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.i18n.Messages;

/** The real SQLite register on a temporary file, for the screen tests. */
final class TestStores {
    private TestStores() { }

    static AppConfig config(Path db, Clock clock) {
        return new AppConfig(db, db.getParent(), clock, Messages.thai(), "clerk");
    }

    static Core open(Path db, Clock clock) { return Core.open(config(db, clock)); }
}
