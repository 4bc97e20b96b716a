package org.tidtam.intake;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.tidtam.i18n.TidtamException;

/**
 * Turns an I/O failure on a file into the message the clerk sees, quoting the file's name; the system's
 * own (English) words stay in the exception's cause, which goes to the log.
 */
final class IoFailures {
    private IoFailures() { }

    static TidtamException of(Path file, IOException e) {
        String name = nameOf(file);
        if (e instanceof NoSuchFileException) {
            return new TidtamException(e, "intake.notFound", name, file.toString());
        }
        if (e instanceof AccessDeniedException) {
            return new TidtamException(e, "intake.denied", name, file.toString());
        }
        return new TidtamException(e, "intake.unreadable", name);
    }

    static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
