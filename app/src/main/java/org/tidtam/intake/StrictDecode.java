package org.tidtam.intake;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;

/**
 * Decodes bytes with a charset that refuses every malformed or unmappable byte (no silent U+FFFD), and
 * stops at a character limit so a huge file costs no more than the limit.
 */
final class StrictDecode {
    /** The decoded text and whether the character limit cut it short. */
    record Decoded(String text, boolean truncated) { }

    private StrictDecode() { }

    /** Empty when the bytes are not valid in this charset. */
    static Optional<Decoded> decode(byte[] bytes, int offset, Charset charset, int maxChars) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(capacity(bytes.length - offset, maxChars));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return Optional.empty();
        }
        boolean truncated = result.isOverflow();
        if (!truncated && decoder.flush(out).isError()) {
            return Optional.empty();
        }
        out.flip();
        return Optional.of(new Decoded(out.toString(), truncated));
    }

    /** No charset we use yields more characters than bytes; at least two, so a surrogate pair fits. */
    private static int capacity(int byteCount, int maxChars) {
        return Math.max(2, Math.min(byteCount, maxChars));
    }
}
