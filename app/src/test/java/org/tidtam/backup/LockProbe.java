package org.tidtam.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A second Tidtam process for the lock tests: {@code LockProbe DB hold} takes the lock, prints its mode and
 * keeps it until stdin closes; {@code LockProbe DB try} prints the mode and the holder, then exits.
 */
public final class LockProbe {
    private LockProbe() { }

    public static void main(String[] args) throws IOException {
        SingleWriterLock lock = SingleWriterLock.acquire(Path.of(args[0]), "probe-user", Clock.systemDefaultZone());
        String holder = lock.holder().map(h -> h.host() + " " + h.user() + " " + h.pid()).orElse("-");
        System.out.println(lock.mode() + " " + holder);
        System.out.flush();
        if ("hold".equals(args[1])) {
            while (System.in.read() >= 0) {
                // hold the lock until the test closes our stdin or kills us
            }
        }
        lock.close();
    }
}
