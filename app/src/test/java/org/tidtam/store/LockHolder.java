package org.tidtam.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Run in a separate process by BadDatabaseTest: holds a write lock on a database until stdin closes. */
public final class LockHolder {
    private LockHolder() { }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]); Statement s = c.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            s.execute("INSERT INTO settings (key, value) VALUES ('held', 'by another process')");
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait until the test closes our stdin
            }
            s.execute("ROLLBACK");
        }
    }
}
