package org.tidtam.intake;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.Constants;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * juniversalchardet's guess. Only its Thai and UTF-16 guesses are used to decode (TIS620 decodes as
 * windows-874, a superset); any other guess is only named in the "unknown encoding" message, because
 * a Thai office's text read as, say, windows-1252 would be mojibake.
 */
final class EncodingDetector {
    /** The detector settles within the first few hundred KB; feeding more only costs time. */
    private static final int SAMPLE = 512 * 1024;

    private EncodingDetector() { }

    static Optional<Charset> detectThaiOrUnicode(byte[] bytes) {
        return detect(bytes).flatMap(EncodingDetector::usableCharset);
    }

    private static Optional<Charset> usableCharset(String guess) {
        if (Constants.CHARSET_TIS620.equals(guess)) {
            return Optional.of(TextReader.WINDOWS_874);
        }
        if (Constants.CHARSET_UTF_16LE.equals(guess)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (Constants.CHARSET_UTF_16BE.equals(guess)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    static Optional<String> detect(byte[] bytes) {
        try {
            UniversalDetector detector = new UniversalDetector();
            detector.handleData(bytes, 0, Math.min(bytes.length, SAMPLE));
            detector.dataEnd();
            return Optional.ofNullable(detector.getDetectedCharset());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
