package org.tidtam.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.DriverManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite library is written to the cache folder once and the driver pointed at it. */
class NativeSqliteTest {
    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        System.clearProperty(NativeSqlite.PATH);
        System.clearProperty(NativeSqlite.NAME);
    }

    @Test
    void writesTheLibraryOnceAndPointsTheDriverAtIt() throws Exception {
        Path folder = NativeSqlite.useCache(dir.resolve("cache")).orElseThrow();
        Path lib = folder.resolve(System.getProperty(NativeSqlite.NAME));
        assertThat(System.getProperty(NativeSqlite.PATH)).isEqualTo(folder.toString());
        assertThat(folder.getFileName().toString()).startsWith("sqlite-").doesNotContain("/");
        assertThat(Files.size(lib)).isGreaterThan(100_000);
        assertThat(Files.list(folder)).as("no half-written copy left").containsExactly(lib);
        FileTime written = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(lib, written);
        forget();

        assertThat(NativeSqlite.useCache(dir.resolve("cache"))).contains(folder);
        assertThat(Files.getLastModifiedTime(lib)).as("kept, not written again").isEqualTo(written);
        try (var c = DriverManager.getConnection("jdbc:sqlite::memory:"); var s = c.createStatement();
             var r = s.executeQuery("select sqlite_version()")) {
            assertThat(r.next()).isTrue();
        }
    }

    @Test
    void aCacheFolderThatCannotBeWrittenLeavesTheDriverToItsOwnWay() throws Exception {
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "x");

        assertThat(NativeSqlite.useCache(blocked)).isEmpty();
        assertThat(System.getProperty(NativeSqlite.PATH)).isNull();
        assertThat(Files.readString(blocked)).isEqualTo("x");
    }

    @Test
    void theUsersOwnSettingIsLeftAlone() {
        System.setProperty(NativeSqlite.PATH, "/somewhere/else");

        assertThat(NativeSqlite.useCache(dir)).isEmpty();
        assertThat(System.getProperty(NativeSqlite.PATH)).isEqualTo("/somewhere/else");
        assertThat(dir).isEmptyDirectory();
    }
}
