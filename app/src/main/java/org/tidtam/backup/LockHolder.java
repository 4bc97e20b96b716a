package org.tidtam.backup;

import java.net.InetAddress;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who holds the database's write lock, as written in the lock file ({@code key=value} lines) so a second
 * Tidtam, on this PC or another, can say whom to ask.
 */
public record LockHolder(String host, String user, long pid, LocalDateTime since) {
    public LockHolder {
        host = host == null || host.isBlank() ? "?" : host.strip();
        user = user == null || user.isBlank() ? "?" : user.strip();
    }

    /** This process, now. */
    public static LockHolder current(String user, Clock clock) {
        return new LockHolder(hostName(), user, ProcessHandle.current().pid(), LocalDateTime.now(clock).withNano(0));
    }

    public String toFileText() {
        return "host=" + host + "\nuser=" + user + "\npid=" + pid + "\nsince=" + since + "\n";
    }

    /** Parses the lock file's text; empty when it holds nothing usable (e.g. a holder that just started). */
    public static Optional<LockHolder> parse(String text) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                kv.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        try {
            return Optional.of(new LockHolder(kv.get("host"), kv.get("user"), Long.parseLong(kv.get("pid")),
                    LocalDateTime.parse(kv.get("since"))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static String hostName() {
        String env = System.getenv().getOrDefault("COMPUTERNAME", System.getenv("HOSTNAME"));
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | SecurityException e) {
            return "?";
        }
    }
}
