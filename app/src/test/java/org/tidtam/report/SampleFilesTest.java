package org.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Messages;

/** Writes every format into target/report-samples so a person can open and look at them. */
class SampleFilesTest {
    @Test
    void writesSamplesToLookAt() throws Exception {
        Path dir = Path.of("target", "report-samples");
        Files.createDirectories(dir);
        ReportExporter exporter = new ReportExporter(ExportSettings.of(Messages.thai()));
        for (ReportFormat f : ReportFormat.values()) {
            exporter.exportWeekly(Samples.week(), f, dir.resolve("weekly." + f.extension()), true);
        }
        exporter.exportRegister(Samples.register(), ReportFormat.PDF, dir.resolve("register.pdf"), true);
        exporter.exportRegister(Samples.register(), ReportFormat.XLSX, dir.resolve("register.xlsx"), true);
        new ReportExporter(new ExportSettings(Messages.thai(), true, null, null))
                .exportWeekly(Samples.week(), ReportFormat.XLSX, dir.resolve("weekly-thai-digits.xlsx"), true);
        assertThat(dir.resolve("weekly.pdf")).isNotEmptyFile();
    }
}
