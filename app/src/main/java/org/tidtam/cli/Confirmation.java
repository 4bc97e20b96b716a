package org.tidtam.cli;

import java.io.Console;
import java.util.Optional;

/** Asks the person at the terminal; empty when there is nobody to ask (input is a pipe or a file). */
@FunctionalInterface
interface Confirmation {
    Optional<String> ask(String prompt);

    static Confirmation console() {
        return prompt -> {
            Console console = System.console();
            if (console == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(console.readLine("%s ", prompt));
        };
    }

    static boolean isYes(String answer) {
        return answer != null && answer.strip().equalsIgnoreCase("yes");
    }
}
