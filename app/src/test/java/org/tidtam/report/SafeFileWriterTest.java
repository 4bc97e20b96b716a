package org.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;

class SafeFileWriterTest {
    @TempDir Path dir;

    @Test
    void writesTheWholeFile() throws IOException {
        Path file = dir.resolve("สรุป.csv");
        SafeFileWriter.write(file, false, out -> out.write("สวัสดี".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("สวัสดี");
        assertThat(files()).containsExactly(file);
    }

    @Test
    void neverReplacesAFileWithoutForceAndSaysSoInThai() throws IOException {
        Path file = dir.resolve("weekly.xlsx");
        Files.writeString(file, "ของเดิม");
        assertThatThrownBy(() -> SafeFileWriter.write(file, false, out -> out.write(1)))
                .isInstanceOfSatisfying(TidtamException.class, e -> {
                    assertThat(e.key()).isEqualTo("report.error.exists");
                    assertThat(Messages.thai().of(e)).contains("มีอยู่แล้ว").contains("weekly.xlsx").contains("--force");
                });
        assertThat(Files.readString(file)).isEqualTo("ของเดิม");
        assertThat(files()).containsExactly(file);
    }

    @Test
    void replacesAFileWhenForced() throws IOException {
        Path file = dir.resolve("weekly.csv");
        Files.writeString(file, "ของเดิม");
        SafeFileWriter.write(file, true, out -> out.write("ใหม่".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("ใหม่");
        assertThat(files()).containsExactly(file);
    }

    @Test
    void aWriterThatFailsHalfWayLeavesNoFileAndTheOldOneIntact() throws IOException {
        Path fresh = dir.resolve("fresh.pdf");
        assertThatThrownBy(() -> SafeFileWriter.write(fresh, false, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        })).isInstanceOfSatisfying(TidtamException.class, e -> {
            assertThat(e.key()).isEqualTo("report.error.failed");
            assertThat(Messages.thai().of(e)).contains("ไม่สำเร็จ").contains("disk full");
        });
        Path old = dir.resolve("old.pdf");
        Files.writeString(old, "ของเดิม");
        assertThatThrownBy(() -> SafeFileWriter.write(old, true, out -> {
            out.write(42);
            throw new IllegalStateException("bug");
        })).isInstanceOf(TidtamException.class);
        assertThat(Files.readString(old)).isEqualTo("ของเดิม");
        assertThat(files()).containsExactly(old);
    }

    @Test
    void aReportWriterFailingMidWayLeavesNoFile() throws IOException {
        Path file = dir.resolve("weekly.pdf");
        ExportSettings badFont = new ExportSettings(Messages.thai(), false, null, dir.resolve("ไม่มีฟอนต์.ttf"));
        assertThatThrownBy(() -> new ReportExporter(badFont).exportWeekly(Samples.week(), ReportFormat.PDF, file, false))
                .isInstanceOfSatisfying(TidtamException.class, e -> assertThat(e.key()).isEqualTo("report.error.badFont"));
        assertThat(files()).isEmpty();
    }

    @Test
    void explainsAMissingFolderAndAnUnwritablePlace() throws IOException {
        assertThatThrownBy(() -> SafeFileWriter.write(dir.resolve("ไม่มี/weekly.csv"), false, out -> { }))
                .isInstanceOfSatisfying(TidtamException.class, e -> {
                    assertThat(e.key()).isEqualTo("report.error.noFolder");
                    assertThat(Messages.thai().of(e)).contains("ไม่พบโฟลเดอร์");
                });
        assertThatThrownBy(() -> SafeFileWriter.write(Path.of("/proc/tidtam-weekly.csv"), false, out -> { }))
                .isInstanceOfSatisfying(TidtamException.class, e -> {
                    assertThat(e.key()).isEqualTo("report.error.unwritable");
                    assertThat(Messages.thai().of(e)).contains("บันทึกไฟล์").contains("/proc/tidtam-weekly.csv");
                });
    }

    @Test
    void refusesJsonForTheRegisterBeforeTouchingAnyFile() throws IOException {
        Path file = dir.resolve("register.json");
        assertThatThrownBy(() -> ReadBack.exporter().exportRegister(Samples.register(), ReportFormat.JSON, file, false))
                .isInstanceOfSatisfying(TidtamException.class, e -> assertThat(e.key()).isEqualTo("report.error.format"));
        assertThat(files()).isEmpty();
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
