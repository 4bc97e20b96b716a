package org.tidtam.extract;

import org.tidtam.letter.Span;

/**
 * One line of the explanation: which rule gave which value of which field, from which words.
 *
 * @param field a JSON field name, "deadline", or "skipped" for a date no rule took as a deadline
 * @param value the value given (or the date skipped)
 * @param rule  the rule's name and its form, as its toString prints it
 * @param span  the words in the original text, may be null
 */
public record Trace(String field, String value, String rule, Span span) {
    public Trace {
        if (field == null || rule == null) {
            throw new IllegalArgumentException("a trace needs a field and a rule");
        }
    }
}
