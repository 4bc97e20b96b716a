package org.tidtam.extract;

import org.tidtam.letter.DeadlineKind;

/**
 * A verb (or verb and object) of Thai official prose and the kind of deadline it governs:
 * "ตอบรับเข้าร่วมประชุม ภายใน …" → REPLY. Immutable; {@link KindRules#ALL} lists them.
 *
 * @param name    short name for {@code extract --explain}
 * @param example the words it covers
 * @param regex   regular-expression source for the words (no capturing groups)
 * @param kind    the kind of deadline it yields
 */
public record KindRule(String name, String example, String regex, DeadlineKind kind) {
    public KindRule {
        if (name == null || example == null || regex == null || kind == null) {
            throw new IllegalArgumentException("a kind rule needs a name, an example, words and a kind");
        }
    }

    @Override
    public String toString() { return name + " (" + example + " → " + kind + ")"; }
}
