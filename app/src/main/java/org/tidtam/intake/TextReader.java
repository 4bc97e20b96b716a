package org.tidtam.intake;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tidtam.i18n.TidtamException;

/**
 * Decodes a text file. In order: a byte-order mark decides; else strict UTF-8; else the detector's
 * guess (juniversalchardet) when it names TIS-620 or UTF-16; else windows-874 (chardet misses short
 * Thai texts) and UTF-16 without a mark. Every guess must pass {@link TextPlausibility} before it is accepted, so a
 * wrong guess becomes a clear "unknown encoding" message instead of mojibake.
 */
final class TextReader {
    static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

    private TextReader() { }

    static Extracted read(String name, byte[] bytes, IntakeLimits limits) {
        List<IntakeWarning> warnings = new ArrayList<>();
        Optional<Bom> bom = Bom.of(bytes);
        Accepted accepted = bom.map(b -> declared(name, bytes, b, limits))
                .or(() -> utf8(bytes, limits))
                .or(() -> guessed(name, bytes, limits, warnings))
                .orElseThrow(() -> unknownEncoding(name, bytes));
        if (accepted.decoded().truncated()) {
            warnings.add(IntakeWarning.of("intake.warning.truncated", name, limits.maxChars()));
        }
        return new Extracted(accepted.decoded().text(), accepted.charset().name(), 0, warnings);
    }

    private record Accepted(Charset charset, StrictDecode.Decoded decoded) { }

    private static Accepted declared(String name, byte[] bytes, Bom bom, IntakeLimits limits) {
        return StrictDecode.decode(bytes, bom.length(), bom.charset(), limits.maxChars())
                .filter(d -> TextPlausibility.looksLikeText(d.text()))
                .map(d -> new Accepted(bom.charset(), d))
                .orElseThrow(() -> new TidtamException("intake.text.badBom", name, bom.charset().name()));
    }

    private static Optional<Accepted> utf8(byte[] bytes, IntakeLimits limits) {
        return attempt(bytes, StandardCharsets.UTF_8, limits, false);
    }

    private static Optional<Accepted> guessed(String name, byte[] bytes, IntakeLimits limits,
                                              List<IntakeWarning> warnings) {
        Optional<Accepted> found = EncodingDetector.detectThaiOrUnicode(bytes)
                .flatMap(charset -> attempt(bytes, charset, limits, true))
                .or(() -> attempt(bytes, WINDOWS_874, limits, true))
                .or(() -> attempt(bytes, StandardCharsets.UTF_16LE, limits, true))
                .or(() -> attempt(bytes, StandardCharsets.UTF_16BE, limits, true));
        found.ifPresent(a -> warnings.add(IntakeWarning.of("intake.warning.encodingGuessed", name, label(a))));
        return found;
    }

    private static Optional<Accepted> attempt(byte[] bytes, Charset charset, IntakeLimits limits, boolean thai) {
        return StrictDecode.decode(bytes, 0, charset, limits.maxChars())
                .filter(d -> thai ? TextPlausibility.looksLikeThaiOrAscii(d.text())
                        : TextPlausibility.looksLikeText(d.text()))
                .map(d -> new Accepted(charset, d));
    }

    private static String label(Accepted accepted) {
        return accepted.charset().equals(WINDOWS_874) ? "TIS-620 / windows-874" : accepted.charset().name();
    }

    private static TidtamException unknownEncoding(String name, byte[] bytes) {
        String guess = EncodingDetector.detect(bytes).orElse("-");
        return new TidtamException("intake.text.unknownEncoding", name, guess);
    }
}
