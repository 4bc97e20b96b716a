package org.tidtam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;

/** Asserts that a file was refused with a clear message: the expected key, Thai text quoting the name. */
final class Refusals {
    private Refusals() { }

    static TidtamException assertRefused(ThrowingCallable call, String key, String fileName) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(TidtamException.class);
        TidtamException e = (TidtamException) thrown;
        assertThat(e.key()).isEqualTo(key);
        String thai = Messages.thai().of(e);
        assertThat(thai).contains("'" + fileName + "'").doesNotContain(key).matches("(?s).*[ก-๙].*");
        assertThat(Messages.english().of(e)).contains("'" + fileName + "'").doesNotContain(key);
        assertNoLibraryWords(e);
        return e;
    }

    /** The library's own (English) words, and its exception's name, stay out of the clerk's message. */
    static void assertNoLibraryWords(TidtamException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            for (Messages m : new Messages[] {Messages.thai(), Messages.english()}) {
                assertThat(m.of(e)).doesNotContain(cause.getClass().getSimpleName());
                String words = words(cause);
                if (words != null && !words.isBlank()) {
                    assertThat(m.of(e)).doesNotContain(words);
                }
            }
        }
    }

    /** A file-system exception's message is the path (which the clerk may see) and then the system's reason. */
    private static String words(Throwable cause) {
        return cause instanceof java.nio.file.FileSystemException f ? f.getReason() : cause.getMessage();
    }

    static void assertOnlyTidtamException(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(TidtamException.class);
    }
}
