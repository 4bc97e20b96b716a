package org.tidtam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.intake.Refusals.assertRefused;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIntakeTest {
    @TempDir
    Path dir;

    private final FileIntake intake = new FileIntake();

    @Test
    void readsAFileAndHashesItsBytes() throws IOException {
        Path file = Files.writeString(dir.resolve("หนังสือ.txt"), "เรื่อง ขอเชิญประชุม\n");

        IntakeResult result = intake.read(file);

        assertThat(result.fileName()).isEqualTo("หนังสือ.txt");
        assertThat(result.text()).isEqualTo("เรื่อง ขอเชิญประชุม\n");
        assertThat(result.sha256()).isEqualTo(Sha256.of(file)).isEqualTo(Sha256.of(Files.readAllBytes(file)));
        assertThat(result.size()).isEqualTo(Files.size(file));
    }

    @Test
    void refusesAFileOverTheLimit() throws IOException {
        Path file = Files.write(dir.resolve("big.txt"), new byte[2048]);
        FileIntake small = new FileIntake(IntakeLimits.defaults().withMaxFileBytes(1024));

        assertRefused(() -> small.read(file), "intake.tooLarge", "big.txt");
        assertRefused(() -> small.readBytes("big.txt", new byte[2048]), "intake.tooLarge", "big.txt");
    }

    @Test
    void refusesA200MegabyteFileWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(200 * IntakeLimits.MB);
        }

        assertRefused(() -> intake.read(file), "intake.tooLarge", "huge.txt");
    }

    @Test
    void readsA40MegabyteTextFileUpToTheCharacterLimit() throws IOException {
        Path file = dir.resolve("long.txt");
        byte[] line = "หนังสือราชการ ฉบับยาวมาก บรรทัดละหนึ่งร้อยไบต์\n".getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(file)) {
            for (long written = 0; written < 40 * IntakeLimits.MB; written += line.length) {
                out.write(line);
            }
        }

        IntakeResult result = intake.read(file);

        assertThat(result.text()).hasSize(IntakeLimits.defaults().maxChars());
        assertThat(result.hasWarning("intake.warning.truncated")).isTrue();
    }

    @Test
    void explainsAPathThatHasGone() throws IOException {
        Path file = Files.writeString(dir.resolve("gone.txt"), "x");
        Files.delete(file);

        assertRefused(() -> intake.read(file), "intake.notFound", "gone.txt");
        assertRefused(() -> Sha256.of(file), "intake.notFound", "gone.txt");
    }

    @Test
    void refusesAFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("letters"));

        assertRefused(() -> intake.read(folder), "intake.notAFile", "letters");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.txt"));

        assertRefused(() -> intake.read(file), "intake.empty", "empty.txt");
    }

    @Test
    void sendsImagesToOcr() {
        byte[] png = TextIntakeTest.bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);

        assertRefused(() -> intake.readBytes("scan.png", png), "intake.image.needsOcr", "scan.png");
        assertRefused(() -> intake.readBytes("scan.txt", png), "intake.image.needsOcr", "scan.txt");
    }

    @Test
    void namesFormatsItCannotRead() {
        assertRefused(() -> intake.readBytes("table.xlsx", new byte[] {1}), "intake.unsupported", "table.xlsx");
    }

    @Test
    void givesUpWhenTheTimeBudgetIsSpent() throws IOException {
        byte[] pdf = TestFiles.pdf(List.of("A page with enough text to be a text layer, surely."), false);
        FileIntake hurried = new FileIntake(IntakeLimits.defaults().withTimeBudget(Duration.ofNanos(1)));

        assertRefused(() -> hurried.readBytes("slow.pdf", pdf), "intake.timeout", "slow.pdf");
    }

    @Test
    void hashesLikeTheStandard() {
        assertThat(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
