package org.tidtam.report;

import org.tidtam.letter.Secrecy;

/**
 * Hides what a classified letter is about: a summary travels further than the register, so by default it
 * shows only the grade ("ลับ") in place of the subject and of any action text taken from it.
 */
final class Masking {
    private Masking() { }

    static String text(String text, Secrecy secrecy, SummaryOptions options) {
        if (secrecy == null || !secrecy.isClassified() || options.includeSecretSubjects()) {
            return text;
        }
        return secrecy.thai();
    }
}
