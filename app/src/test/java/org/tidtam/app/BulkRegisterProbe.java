package org.tidtam.app;

import java.nio.file.Path;

/**
 * The import that the kill test kills: registers letters one by one through Core (each with two deadlines
 * and its audit row, one transaction each) and prints "REGISTERED 2568/n" after each commit.
 * Usage: BulkRegisterProbe DB COUNT.
 */
public final class BulkRegisterProbe {
    private BulkRegisterProbe() { }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[1]);
        try (Core core = Core.open(TestLetters.config(Path.of(args[0]), "importer"))) {
            for (int i = 1; i <= count; i++) {
                var letter = core.registerStore().register(TestLetters.numbered(i), "importer");
                System.out.println("REGISTERED " + letter.regNo());
                System.out.flush();
            }
        }
    }
}
