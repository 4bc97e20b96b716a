package org.tidtam.letter;

import java.util.List;
import org.tidtam.i18n.TidtamException;

/**
 * What {@link LetterValidator} found: errors block a save, warnings are shown and the clerk decides.
 * Each problem names the field and carries a message key under "register." with the values to quote.
 */
public record Validation(List<Problem> errors, List<Problem> warnings) {

    /** One finding about one field. */
    public record Problem(String field, String key, List<Object> args) {
        public Problem {
            args = List.copyOf(args);
        }

        public TidtamException toException() { return new TidtamException(key, args.toArray()); }
    }

    public Validation {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean ok() { return errors.isEmpty(); }

    /** Throws the first error as a TidtamException; returns this when there is none. */
    public Validation orThrow() {
        if (!errors.isEmpty()) {
            throw errors.get(0).toException();
        }
        return this;
    }
}
