package org.tidtam.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of a plain window start: nothing but the root options --db, --today and --lang, each at
 * most once, as "--db FILE" or "--db=FILE". Read by hand so the window does not wait for the command
 * line's parser to build all its commands (about a third of a second); anything else goes to that parser,
 * which also gives the error messages.
 */
public record WindowArgs(Path db, String today, String lang) {
    private static final Set<String> NAMES = Set.of("--db", "--today", "--lang");

    public static Optional<WindowArgs> parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            if (!NAMES.contains(name) || values.containsKey(name)) {
                return Optional.empty();
            }
            String value;
            if (eq > 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (value.isEmpty() || value.startsWith("-")) {
                return Optional.empty();
            }
            values.put(name, value);
        }
        try {
            String db = values.get("--db");
            return Optional.of(new WindowArgs(db == null ? null : Path.of(db), values.get("--today"), values.get("--lang")));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
