package org.tidtam.intake;

import java.util.List;
import java.util.Objects;
import org.tidtam.i18n.Messages;

/**
 * Something the clerk should know about a file that was read anyway (text cut short, encoding guessed,
 * pages without text). A message key in the "intake" area plus the values it quotes.
 */
public record IntakeWarning(String key, List<String> args) {
    public IntakeWarning {
        Objects.requireNonNull(key, "key");
        if (!key.startsWith("intake.")) {
            throw new IllegalArgumentException("not an intake message key: " + key);
        }
        args = List.copyOf(args);
    }

    public static IntakeWarning of(String key, Object... args) {
        return new IntakeWarning(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public String message(Messages messages) { return messages.get(key, args.toArray()); }
}
