package org.tidtam.intake;

import java.util.List;

/** Cuts extracted text at the character limit without splitting a surrogate pair. */
final class TextCap {
    private TextCap() { }

    /** The text cut to maxChars; adds a warning to warnings when it had to cut. */
    static String cap(String fileName, String text, int maxChars, List<IntakeWarning> warnings) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        warnings.add(IntakeWarning.of("intake.warning.truncated", fileName, maxChars));
        return text.substring(0, end);
    }
}
