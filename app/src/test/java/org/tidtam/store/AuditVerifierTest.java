package org.tidtam.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.letter.Letter;

class AuditVerifierTest {
    @TempDir Path dir;

    @Test
    void anIntactChainVerifies() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            fill(db);
            AuditReport r = new AuditVerifier(db).verify();
            assertThat(r.rows()).isEqualTo(4);
            assertThat(r.intact()).isTrue();
        }
    }

    @Test
    void aRowEditedWithAnotherToolIsFound() throws Exception {
        Path file = dir.resolve("b.db");
        try (Database db = Database.open(file)) {
            fill(db);
        }
        tamper(file, "UPDATE audit_log SET new_value = 'somebody else' WHERE id = 2");
        try (Database db = Database.open(file)) {
            assertThat(new AuditVerifier(db).verify().findings()).containsExactly(
                    new AuditReport.Finding(2, 2, "2568/2", AuditReport.Problem.CONTENT_CHANGED));
        }
    }

    @Test
    void aRemovedRowBreaksTheLinkOfTheNext() throws Exception {
        Path file = dir.resolve("c.db");
        try (Database db = Database.open(file)) {
            fill(db);
        }
        tamper(file, "DELETE FROM audit_log WHERE id = 3");
        try (Database db = Database.open(file)) {
            assertThat(new AuditVerifier(db).verify().findings()).containsExactly(
                    new AuditReport.Finding(4, 1, "2568/1", AuditReport.Problem.LINK_BROKEN));
        }
    }

    private static void fill(Database db) {
        SqliteRegisterStore store = new SqliteRegisterStore(db, SqliteRegisterStoreTest.CLOCK);
        Letter a = store.register(Drafts.sample(), "a");
        store.register(Drafts.sample(), "a");
        store.register(Drafts.sample(), "a");
        store.cancel(a.id(), "ซ้ำ", "b");
    }

    private static void tamper(Path file, String sql) throws Exception {
        try (Connection c = DatabaseTest.plain(file); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
