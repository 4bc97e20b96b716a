package org.tidtam.intake;

import java.nio.file.Path;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tidtam.i18n.TidtamException;

/**
 * Turns an incoming file (.txt/.md in UTF-8, UTF-16 or TIS-620, .pdf with a text layer, .docx) into
 * text for the extractor. Safe on any input: every failure — missing file, too large, unknown encoding,
 * scanned or encrypted PDF, corrupt DOCX, ZIP bomb, library bug — comes out as a {@link TidtamException}
 * with a key in the "intake" area whose message quotes the file's name; nothing else is thrown.
 * Thread-safe: it holds only its limits.
 */
public final class FileIntake {
    private static final Logger LOG = Logger.getLogger(FileIntake.class.getName());
    private final IntakeLimits limits;

    public FileIntake() { this(IntakeLimits.defaults()); }

    public FileIntake(IntakeLimits limits) { this.limits = Objects.requireNonNull(limits, "limits"); }

    public IntakeLimits limits() { return limits; }

    /**
     * Reads a file. Its size is checked before any byte is read; peak memory is about the file's size
     * plus twice {@link IntakeLimits#maxChars()} bytes (plus the parsed document for PDF and DOCX).
     *
     * @throws TidtamException intake.* (never anything else)
     */
    public IntakeResult read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = IoFailures.nameOf(file);
        byte[] bytes = guarded(name, () -> FileLoader.load(file, limits.maxFileBytes()));
        return readBytes(name, bytes);
    }

    /**
     * Reads a file's content already in memory (a dropped file, an attachment); name gives the
     * extension and is quoted in messages.
     *
     * @throws TidtamException intake.* (never anything else)
     */
    public IntakeResult readBytes(String name, byte[] bytes) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        return guarded(name, () -> readChecked(name, bytes));
    }

    private IntakeResult readChecked(String name, byte[] bytes) {
        FileLoader.refuseIfTooLarge(name, bytes.length, limits.maxFileBytes());
        if (bytes.length == 0) {
            throw new TidtamException("intake.empty", name);
        }
        TimeBudget budget = new TimeBudget(name, limits.timeBudget());
        IntakeFormat format = FormatSniffer.detect(name, bytes);
        Extracted extracted = switch (format) {
            case TEXT -> TextReader.read(name, bytes, limits);
            case PDF -> PdfReader.read(name, bytes, limits, budget);
            case DOCX -> DocxReader.read(name, bytes, limits, budget);
        };
        return new IntakeResult(name, extracted.text(), format, extracted.encoding(), Sha256.of(bytes),
                bytes.length, extracted.pageCount(), extracted.warnings());
    }

    /**
     * The one place library failures (POI and PDFBox throw unchecked exceptions on bad input) are wrapped,
     * and the one place a refusal's technical cause is logged: the clerk's message names the file and what
     * to do, in the window's language; the library's own English words go to the log only.
     */
    private static <T> T guarded(String name, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (TidtamException e) {
            throw logged(name, e);
        } catch (RuntimeException | StackOverflowError e) {
            throw logged(name, new TidtamException(e, "intake.failed", name));
        } catch (OutOfMemoryError e) {
            throw logged(name, new TidtamException(e, "intake.outOfMemory", name));
        }
    }

    private static TidtamException logged(String name, TidtamException e) {
        if (e.getCause() != null) {
            LOG.log(Level.INFO, e.getCause(), () -> "file '" + name + "' refused (" + e.key() + ")");
        }
        return e;
    }
}
