package org.tidtam.launch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The class archive that lets the window's JVM map its classes instead of reading and verifying them from
 * the jar at every start. JDK 17 writes one only when a JVM exits with -XX:ArchiveClassesAtExit, so the
 * first start writes it under a temporary name and {@link #promote} renames it once that JVM has exited
 * well. The name carries the jar's size and time and the Java version: a new jar or Java makes a new
 * archive and the old one is deleted. A damaged archive costs nothing but speed: the JVM checks it and
 * runs without it.
 */
public final class StartArchive {
    private static final long STALE_MILLIS = 24L * 60 * 60 * 1000;
    private final Path dir;
    private final String key;

    StartArchive(Path dir, String key) {
        this.dir = dir;
        this.key = key;
    }

    /** For this jar and this Java, kept in {@code cacheDir}. */
    static StartArchive of(Path cacheDir, Path jar, String javaVersion) throws IOException {
        FileTime modified = Files.getLastModifiedTime(jar);
        String key = Long.toHexString(Files.size(jar)) + "-" + Long.toHexString(modified.toMillis())
                + "-" + javaVersion.replaceAll("[^0-9A-Za-z.]", "_");
        return new StartArchive(cacheDir, key);
    }

    /** What the next window JVM does with the archive: read the finished one, or write one at exit. */
    public record Use(Path file, boolean writing) {
        List<String> options() {
            return List.of(writing ? "-XX:ArchiveClassesAtExit=" + file : "-XX:SharedArchiveFile=" + file);
        }
    }

    Path finished() { return dir.resolve("start-" + key + ".jsa"); }

    Use use() throws IOException {
        if (Files.isRegularFile(finished())) {
            return new Use(finished(), false);
        }
        Files.createDirectories(dir);
        return new Use(dir.resolve("start-" + key + "-" + UUID.randomUUID() + ".part"), true);
    }

    /** After the JVM that wrote {@code written} exited with 0: the archive takes its place; older ones go. */
    void promote(Use written) throws IOException {
        if (!written.writing() || !Files.isRegularFile(written.file()) || Files.size(written.file()) == 0) {
            return;
        }
        Files.move(written.file(), finished(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        deleteOthers();
    }

    /** Removes a temporary archive a failed or killed start left behind. */
    void discard(Use written) throws IOException {
        if (written.writing()) {
            Files.deleteIfExists(written.file());
        }
    }

    /** Archives of other jars or Javas, and temporary ones a killed start left more than a day ago. */
    private void deleteOthers() throws IOException {
        FileTime dayAgo = FileTime.fromMillis(System.currentTimeMillis() - STALE_MILLIS);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "start-*")) {
            for (Path f : files) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                boolean stale = name.endsWith(".jsa") ? !f.equals(finished())
                        : name.endsWith(".part") && Files.getLastModifiedTime(f).compareTo(dayAgo) < 0;
                if (stale) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
