package org.tidtam.intake;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The text read from one file, ready for the extractor, and what is known about the file.
 *
 * @param fileName the file's name (no folder), as quoted in messages
 * @param text the extracted text; Thai marks in PDF text already put in order
 * @param format how the file was read
 * @param encoding the charset a TEXT file was decoded with ("UTF-8", "UTF-16LE", "UTF-16BE",
 *     "x-windows-874"); null for PDF and DOCX — use {@link #charset()}
 * @param sha256 lowercase hex SHA-256 of the file's bytes
 * @param size the file's size in bytes
 * @param pageCount the PDF's page count; 0 for other formats
 * @param warnings what the clerk should know (text cut short, guessed encoding, pages without text)
 */
public record IntakeResult(String fileName, String text, IntakeFormat format, String encoding, String sha256,
                           long size, int pageCount, List<IntakeWarning> warnings) {
    public IntakeResult {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
        }
        if (size < 0 || pageCount < 0) {
            throw new IllegalArgumentException("negative size or page count: " + size + ", " + pageCount);
        }
        if (format == IntakeFormat.TEXT && encoding == null) {
            throw new IllegalArgumentException("a text file needs its encoding");
        }
        warnings = List.copyOf(warnings);
    }

    /** The encoding of a TEXT file; empty for PDF and DOCX. */
    public Optional<String> charset() { return Optional.ofNullable(encoding); }

    public boolean hasWarning(String key) {
        return warnings.stream().anyMatch(w -> w.key().equals(key));
    }
}
