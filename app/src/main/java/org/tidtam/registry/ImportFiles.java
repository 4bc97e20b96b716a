package org.tidtam.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files an import takes: files as given, and from folders (and their subfolders, in name order) the
 * letter files only, so a folder with notes or answer files beside the letters imports cleanly.
 */
final class ImportFiles {
    static final Set<String> LETTER_EXTENSIONS = Set.of("txt", "md", "pdf", "docx", "doc");

    private ImportFiles() { }

    static List<Path> expand(List<Path> given) {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                out.addAll(walk(p));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(ImportFiles::isLetterFile).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException | SecurityException e) {
            // the folder itself is then reported as unreadable when it is read as a file
            return List.of(dir);
        }
    }

    static boolean isLetterFile(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0
                && LETTER_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
