package org.tidtam.ui.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import javafx.stage.Window;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.app.TestLetters;
import org.tidtam.i18n.Messages;
import org.tidtam.store.RegisterQuery;

/** A Thai-speaking register on a temporary file with a few letters, and helpers for the safety tests. */
final class SafetyFixture {
    private SafetyFixture() { }

    static AppConfig config(Path db) {
        return new AppConfig(db, db.getParent(), TestLetters.CLOCK, Messages.thai(), "clerk");
    }

    static Core withLetters(Path db, int letters) {
        Core core = Core.open(config(db));
        addLetters(core, 1, letters);
        return core;
    }

    /** The register of the screen tests: three letters in tidtam.db of the folder. */
    static Core threeLetters(Path dir) { return withLetters(dir.resolve("tidtam.db"), 3); }

    static void addLetters(Core core, int from, int to) {
        for (int i = from; i <= to; i++) {
            core.registerStore().register(TestLetters.numbered(i), "clerk");
        }
    }

    static long letters(Core core) { return core.registerStore().count(RegisterQuery.all()); }

    /** Changes the database behind Tidtam's back, as another SQLite tool would. */
    static void sql(Path db, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    /** Answers every file and folder question with the given paths. */
    static PathChooser answering(Path file, Path folder) {
        return new PathChooser() {
            @Override
            public Optional<Path> backupFile(Window owner, Path initialFolder) { return Optional.ofNullable(file); }

            @Override
            public Optional<Path> folder(Window owner, Path initialFolder) { return Optional.ofNullable(folder); }
        };
    }
}
