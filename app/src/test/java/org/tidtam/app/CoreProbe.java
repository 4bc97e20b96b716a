package org.tidtam.app;

import java.nio.file.Path;
import org.tidtam.i18n.TidtamException;

/**
 * A second Tidtam process for the single-writer test: opens Core on the database, prints its mode and the
 * number of letters, tries to register one, prints "REGISTERED n/y" or "REFUSED key", then exits.
 */
public final class CoreProbe {
    private CoreProbe() { }

    public static void main(String[] args) {
        try (Core core = Core.open(TestLetters.config(Path.of(args[0]), "probe"))) {
            System.out.println((core.readOnly() ? "READ_ONLY " : "READ_WRITE ")
                    + core.registerStore().count(org.tidtam.store.RegisterQuery.all()));
            try {
                System.out.println("REGISTERED " + core.registerStore().register(TestLetters.numbered(99), "probe").regNo());
            } catch (TidtamException e) {
                System.out.println("REFUSED " + e.key());
            }
        }
        System.out.flush();
    }
}
