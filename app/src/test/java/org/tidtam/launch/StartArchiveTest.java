package org.tidtam.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartArchiveTest {
    @TempDir Path tmp;

    private StartArchive archiveOf(String jarBytes) throws IOException {
        Path jar = tmp.resolve("tidtam.jar");
        Files.writeString(jar, jarBytes);
        return StartArchive.of(tmp.resolve("cache"), jar, "17.0.15+6");
    }

    @Test
    void theFirstStartWritesATemporaryArchiveThatBecomesTheOneLaterStartsRead() throws IOException {
        StartArchive archive = archiveOf("jar");
        StartArchive.Use first = archive.use();
        assertThat(first.writing()).isTrue();
        assertThat(first.file().getFileName().toString()).endsWith(".part");

        Files.writeString(first.file(), "archive");
        archive.promote(first);

        StartArchive.Use second = archive.use();
        assertThat(second.writing()).isFalse();
        assertThat(second.file()).hasContent("archive");
        assertThat(first.file()).doesNotExist();
    }

    @Test
    void aFailedStartLeavesNoArchive() throws IOException {
        StartArchive archive = archiveOf("jar");
        StartArchive.Use first = archive.use();
        Files.writeString(first.file(), "half");

        archive.discard(first);

        assertThat(first.file()).doesNotExist();
        assertThat(archive.use().writing()).isTrue();
    }

    @Test
    void anEmptyOrMissingArchiveIsNotPromoted() throws IOException {
        StartArchive archive = archiveOf("jar");
        StartArchive.Use first = archive.use();
        archive.promote(first);
        Files.createFile(first.file());
        archive.promote(first);

        assertThat(archive.use().writing()).isTrue();
    }

    @Test
    void aNewJarGetsANewArchiveAndTheOldOneAndStaleTemporaryFilesGo() throws IOException {
        StartArchive old = archiveOf("jar");
        StartArchive.Use oldUse = old.use();
        Files.writeString(oldUse.file(), "old");
        old.promote(oldUse);
        Path cache = tmp.resolve("cache");
        Path stalePart = Files.writeString(cache.resolve("start-x-y.part"), "killed");
        Files.setLastModifiedTime(stalePart, FileTime.fromMillis(System.currentTimeMillis() - 2 * 86_400_000L));
        Path freshPart = Files.writeString(cache.resolve("start-x-z.part"), "being written");

        StartArchive rebuilt = archiveOf("a longer jar");
        StartArchive.Use next = rebuilt.use();
        assertThat(next.writing()).isTrue();
        Files.writeString(next.file(), "new");
        rebuilt.promote(next);

        assertThat(cache.resolve(old.finished().getFileName())).doesNotExist();
        assertThat(stalePart).doesNotExist();
        assertThat(freshPart).exists();
        assertThat(rebuilt.use().file()).hasContent("new");
    }

    @Test
    void anUnwritableCacheFolderIsReported() throws IOException {
        Path jar = Files.writeString(tmp.resolve("t.jar"), "jar");
        Path blocked = Files.writeString(tmp.resolve("file-not-folder"), "x");
        StartArchive archive = StartArchive.of(blocked.resolve("cache"), jar, "17");

        org.assertj.core.api.Assertions.assertThatThrownBy(archive::use).isInstanceOf(IOException.class);
    }
}
