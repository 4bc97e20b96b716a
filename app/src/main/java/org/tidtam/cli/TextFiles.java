package org.tidtam.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tidtam.i18n.TidtamException;

/**
 * Reading a letter's file for the command line. UTF-8 for now, bad bytes replaced, a BOM dropped; the one
 * place to call the intake package (encodings, PDF, DOCX) when it is wired in.
 */
final class TextFiles {
    private TextFiles() { }

    static String read(Path file) {
        try {
            return decode(Files.readAllBytes(file));
        } catch (IOException | SecurityException e) {
            throw new TidtamException(e, "extract.file.unreadable", file, e.getMessage());
        }
    }

    static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** NAME.json for NAME.txt (or NAME.anything). */
    static String jsonName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".json";
    }
}
