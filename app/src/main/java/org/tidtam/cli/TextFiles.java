package org.tidtam.cli;

import java.nio.file.Path;
import org.tidtam.intake.FileIntake;

/**
 * Reading a letter's file for the command line, through the intake package: .txt/.md in UTF-8, UTF-16
 * (BOM) or TIS-620/windows-874, .pdf with a text layer, .docx. Failures are TidtamException intake.*
 * quoting the file's name.
 */
final class TextFiles {
    private static final FileIntake INTAKE = new FileIntake();

    private TextFiles() { }

    static String read(Path file) {
        return INTAKE.read(file).text();
    }

    /** NAME.json for NAME.txt (or NAME.anything). */
    static String jsonName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".json";
    }
}
