package org.tidtam.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tidtam.i18n.TidtamException;

/**
 * Decides how to read a file from its name and its first bytes. The extension leads for the formats we
 * read; the bytes catch the files we cannot read (scans, old Word files, password-protected DOCX) with
 * a message that says what to do instead, and classify files with an unknown extension.
 */
final class FormatSniffer {
    private static final Set<String> TEXT = Set.of("txt", "md", "text", "markdown");
    private static final Set<String> IMAGES = Set.of("jpg", "jpeg", "png", "tif", "tiff", "gif", "bmp", "webp",
            "heic");
    private static final Set<String> OTHER_OFFICE = Set.of("rtf", "odt", "xls", "xlsx", "ppt", "pptx", "zip",
            "pages", "hwp");

    private FormatSniffer() { }

    static IntakeFormat detect(String name, byte[] bytes) {
        String ext = extension(name);
        Magic magic = Magic.of(bytes);
        if (IMAGES.contains(ext) || magic == Magic.IMAGE) {
            throw new TidtamException("intake.image.needsOcr", name);
        }
        if (ext.equals("doc") || magic == Magic.OLE2) {
            throw new TidtamException(ext.equals("docx") ? "intake.docx.encryptedOrLegacy" : "intake.doc.legacy",
                    name);
        }
        if (OTHER_OFFICE.contains(ext)) {
            throw new TidtamException("intake.unsupported", name, ext);
        }
        return byExtension(ext).orElse(byMagic(magic));
    }

    private static Optional<IntakeFormat> byExtension(String ext) {
        if (ext.equals("pdf")) {
            return Optional.of(IntakeFormat.PDF);
        }
        if (ext.equals("docx")) {
            return Optional.of(IntakeFormat.DOCX);
        }
        return TEXT.contains(ext) ? Optional.of(IntakeFormat.TEXT) : Optional.empty();
    }

    private static IntakeFormat byMagic(Magic magic) {
        return switch (magic) {
            case PDF -> IntakeFormat.PDF;
            case ZIP -> IntakeFormat.DOCX;
            default -> IntakeFormat.TEXT;
        };
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return dot > slash && dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
