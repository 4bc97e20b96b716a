package org.tidtam.registry;

import java.util.List;
import java.util.Objects;
import org.tidtam.i18n.Messages;

/**
 * Something the clerk should check before saving a proposal: a low-confidence deadline, a field the
 * extractor could not find, a guessed encoding, a classified grade.
 *
 * @param field the draft field it concerns ("number", "date", "sender", "subject", "secrecy", "file",
 *              "letter", or "deadlines[i]" with i the index into the draft's deadlines)
 * @param key   message key (registry.* or intake.*)
 * @param args  values the message quotes
 */
public record ProposalWarning(String field, String key, List<Object> args) {
    public ProposalWarning {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    static ProposalWarning of(String field, String key, Object... args) {
        return new ProposalWarning(field, key, List.of(args));
    }

    public String message(Messages messages) { return messages.get(key, args.toArray()); }
}
