package org.tidtam.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versions of the migration files this build ships (db/migration/V&lt;n&gt;__*.sql), read by listing the
 * folder in the jar or on disk: a few milliseconds, where building Flyway and letting it scan the class path
 * takes about a second. Empty when the folder cannot be listed (the caller then asks Flyway).
 */
final class MigrationFiles {
    static final String FOLDER = "db/migration";
    private static final Pattern NAME = Pattern.compile("V(\\d+)(?:[._]\\d+)*__[^/]*\\.sql");

    private MigrationFiles() { }

    /** The migration versions shipped, in order; empty when they cannot be listed. */
    static Optional<TreeSet<Integer>> versions() {
        URL url = MigrationFiles.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            return Optional.empty();
        }
        try {
            TreeSet<Integer> out = switch (url.getProtocol()) {
                case "jar" -> inJar(url);
                case "file" -> inFolder(Path.of(url.toURI()));
                default -> null;
            };
            return Optional.ofNullable(out).filter(s -> !s.isEmpty());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static TreeSet<Integer> inJar(URL url) throws IOException {
        TreeSet<Integer> out = new TreeSet<>();
        JarURLConnection conn = (JarURLConnection) url.openConnection();
        Enumeration<JarEntry> entries = conn.getJarFile().entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith(FOLDER + "/")) {
                add(out, name.substring(FOLDER.length() + 1));
            }
        }
        return out;
    }

    private static TreeSet<Integer> inFolder(Path dir) throws IOException {
        TreeSet<Integer> out = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> add(out, f.getFileName().toString()));
        }
        return out;
    }

    static void add(TreeSet<Integer> out, String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (m.matches()) {
            out.add(Integer.parseInt(m.group(1)));
        }
    }
}
