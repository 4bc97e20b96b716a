package org.tidtam.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.Letter;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.letter.Secrecy;
import org.tidtam.store.RegisterQuery;

class ImportServiceTest {
    @TempDir Path dir;
    RegistryFixture fx;
    Path in;

    @BeforeEach
    void open() {
        fx = new RegistryFixture(dir.resolve("data"));
        in = dir.resolve("in");
    }

    @AfterEach
    void close() { fx.close(); }

    ImportSummary importAll(boolean dryRun, Path... files) {
        return fx.importer(false).importFiles(List.of(files), dryRun, ImportListener.NONE, () -> false);
    }

    Letter entry(FileOutcome o) {
        return fx.store.find(((FileOutcome.Registered) o).regNo()).orElseThrow();
    }

    @Test
    void tis620AndUtf16FilesAreReadWithoutMojibake() throws Exception {
        Path tis = SampleLetters.write(in.resolve("tis.txt"), SampleLetters.letter("ขก ๐๐๑๗/ว ๑", "ขอเชิญประชุมคณะกรรมการ")
                .getBytes(Charset.forName("x-windows-874")));
        Path utf16 = SampleLetters.write(in.resolve("u16.txt"), SampleLetters.letter("ขก ๐๐๑๗/ว ๒", "รายงานผลการเบิกจ่าย")
                .getBytes(StandardCharsets.UTF_16));
        ImportSummary s = importAll(false, tis, utf16);
        assertThat(s.registered()).hasSize(2);
        Letter first = entry(s.outcomes().get(0));
        assertThat(first.regNo()).isEqualTo(new RegistrationNumber(2568, 1));
        assertThat(first.fields().subject()).isEqualTo("ขอเชิญประชุมคณะกรรมการ");
        assertThat(first.fields().sender()).isEqualTo("จังหวัดขอนแก่น");
        assertThat(first.fields().deadlines()).extracting(d -> d.due().toString()).containsExactly("2025-04-10");
        assertThat(entry(s.outcomes().get(1)).fields().subject()).isEqualTo("รายงานผลการเบิกจ่าย");
    }

    @Test
    void docxAndPdfAreImported() throws Exception {
        Path docx = SampleLetters.write(in.resolve("a.docx"),
                SampleLetters.docx(SampleLetters.letter("ขก 0017/ว 3", "ขอเชิญประชุมคณะกรรมการ")));
        ImportSummary s = importAll(false, docx);
        assertThat(s.registered()).hasSize(1);
        assertThat(entry(s.outcomes().get(0)).fields().number()).isEqualTo("ขก 0017/ว 3");
        assumeTrue(SampleLetters.thaiFontPresent(), "no Thai font for the PDF");
        Path pdf = SampleLetters.write(in.resolve("b.pdf"),
                SampleLetters.pdf(SampleLetters.letter("ขก 0017/ว 4", "ขอเชิญประชุมคณะทำงาน")));
        ImportSummary p = importAll(false, pdf);
        assertThat(p.registered()).as(p.toString()).hasSize(1);
        Letter l = entry(p.outcomes().get(0));
        assertThat(l.fields().number()).isEqualTo("ขก 0017/ว 4");
        assertThat(l.fields().fileName()).isEqualTo("b.pdf");
    }

    @Test
    void theSameFileTwiceIsSkippedAsADuplicate() throws Exception {
        Path f = SampleLetters.write(in.resolve("a.txt"), SampleLetters.letter("ขก 1/ว 5", "เรื่องหนึ่ง")
                .getBytes(StandardCharsets.UTF_8));
        Path copy = Files.copy(f, in.resolve("copy-of-a.txt"));
        ImportSummary s = importAll(false, f, copy);
        assertThat(s.registered()).hasSize(1);
        assertThat(s.duplicates()).containsExactly(
                new FileOutcome.Duplicate(copy, new RegistrationNumber(2568, 1), null));
        assertThat(s.allOk()).isTrue();
    }

    @Test
    void sameNumberDateAndSenderFromAnotherFileIsADuplicate() throws Exception {
        Path a = SampleLetters.write(in.resolve("a.txt"), SampleLetters.letter("ขก ๐๐๑๗.๕/ว ๑๓๕๗๖", "เรื่องหนึ่ง")
                .getBytes(StandardCharsets.UTF_8));
        // the same letter read again by OCR: Arabic digits, other spacing, other subject reading
        Path b = SampleLetters.write(in.resolve("b.txt"), SampleLetters.letter("ขก0017.5/ว13576", "เรื่องหนึ่ง (OCR)")
                .getBytes(StandardCharsets.UTF_8));
        Path other = SampleLetters.write(in.resolve("c.txt"), SampleLetters.letter("ขก 0017.5/ว 13577", "อีกเรื่อง")
                .getBytes(StandardCharsets.UTF_8));
        ImportSummary s = importAll(false, a, b, other);
        assertThat(s.outcomes()).extracting(o -> o.getClass().getSimpleName())
                .containsExactly("Registered", "Duplicate", "Registered");
        assertThat(((FileOutcome.Duplicate) s.outcomes().get(1)).existing()).hasToString("2568/1");
    }

    @Test
    void aBrokenFileInAFolderIsReportedAndTheRestRegistered() throws Exception {
        SampleLetters.write(in.resolve("1.txt"), SampleLetters.letter("ขก 1/ว 1", "เรื่องแรก").getBytes(StandardCharsets.UTF_8));
        Path broken = SampleLetters.write(in.resolve("2.pdf"), "%PDF-1.7 not really a pdf".getBytes(StandardCharsets.US_ASCII));
        SampleLetters.write(in.resolve("sub/3.txt"), SampleLetters.letter("ขก 1/ว 3", "เรื่องที่สาม").getBytes(StandardCharsets.UTF_8));
        SampleLetters.write(in.resolve("notes.json"), "{}".getBytes(StandardCharsets.UTF_8));
        List<String> progress = new ArrayList<>();
        ImportListener listener = new ImportListener() {
            @Override
            public void finished(int done, int total, FileOutcome o) { progress.add(done + "/" + total); }
        };
        ImportSummary s = fx.importer(false).importFiles(List.of(in), false, listener, () -> false);
        assertThat(s.registered()).hasSize(2);
        assertThat(s.failed()).hasSize(1);
        FileOutcome.Failed f = s.failed().get(0);
        assertThat(f.file()).isEqualTo(broken);
        assertThat(f.reason(Messages.thai())).contains("2.pdf").contains("PDF");
        assertThat(progress).containsExactly("1/3", "2/3", "3/3");
        assertThat(s.allOk()).isFalse();
    }

    @Test
    void aMissingFileIsReportedInThai() {
        ImportSummary s = importAll(false, in.resolve("gone.txt"));
        assertThat(s.failed().get(0).reason(Messages.thai())).contains("gone.txt").contains("ไม่พบไฟล์");
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        Path f = SampleLetters.write(in.resolve("a.txt"), SampleLetters.letter("ขก 1/ว 1", "เรื่องแรก")
                .getBytes(StandardCharsets.UTF_8));
        Path copy = Files.copy(f, in.resolve("b.txt"));
        ImportSummary s = importAll(true, f, copy);
        assertThat(s.registered()).singleElement().satisfies(r -> assertThat(r.regNo()).isNull());
        assertThat(s.duplicates()).singleElement().satisfies(d -> assertThat(d.sameAs()).isEqualTo(f));
        assertThat(fx.store.count(RegisterQuery.all())).isZero();
        assertThat(fx.dataDir.resolve("files")).doesNotExist();
    }

    @Test
    void cancellingStopsBetweenFiles() throws Exception {
        Path a = SampleLetters.write(in.resolve("a.txt"), SampleLetters.letter("ขก 1/ว 1", "ก").getBytes(StandardCharsets.UTF_8));
        Path b = SampleLetters.write(in.resolve("b.txt"), SampleLetters.letter("ขก 1/ว 2", "ข").getBytes(StandardCharsets.UTF_8));
        AtomicInteger asked = new AtomicInteger();
        ImportSummary s = fx.importer(false).importFiles(List.of(a, b), false, ImportListener.NONE,
                () -> asked.incrementAndGet() > 1);
        assertThat(s.cancelled()).isTrue();
        assertThat(s.outcomes()).hasSize(1);
        assertThat(s.total()).isEqualTo(2);
        assertThat(fx.store.count(RegisterQuery.all())).isEqualTo(1);
    }

    @Test
    void theKeptFileSurvivesDeletingTheOriginal() throws Exception {
        byte[] bytes = SampleLetters.letter("ขก 1/ว 1", "เรื่องแรก").getBytes(StandardCharsets.UTF_8);
        Path f = SampleLetters.write(in.resolve("a.txt"), bytes);
        Letter l = entry(importAll(false, f).outcomes().get(0));
        Files.delete(f);
        String sha = l.fields().fileSha256();
        assertThat(fx.store.attachments(l.id())).singleElement().satisfies(a -> {
            assertThat(a.sha256()).isEqualTo(sha);
            assertThat(a.name()).isEqualTo("a.txt");
            assertThat(a.storedPath()).isEqualTo("files/" + sha.substring(0, 2) + "/" + sha);
        });
        Path kept = fx.files.locate(sha).orElseThrow();
        assertThat(kept).startsWith(fx.dataDir.resolve("files"));
        assertThat(Files.readAllBytes(kept)).isEqualTo(bytes);
        try (var stream = fx.files.open(sha)) {
            assertThat(stream.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void aSecretLetterKeepsOnlyItsRegisterFields() throws Exception {
        Path f = SampleLetters.write(in.resolve("secret.txt"), SampleLetters.letter("ลับมาก", "ขก 1/ว 9",
                "จังหวัดขอนแก่น", "การรักษาความปลอดภัย").getBytes(StandardCharsets.UTF_8));
        Letter l = entry(importAll(false, f).outcomes().get(0));
        assertThat(l.fields().secrecy()).isEqualTo(Secrecy.SECRET);
        assertThat(l.fields().subject()).isEqualTo("การรักษาความปลอดภัย");
        assertThat(l.fields().text()).isEmpty();
        assertThat(l.fields().fileName()).isNull();
        assertThat(l.fields().deadlines()).singleElement().satisfies(d -> assertThat(d.evidence()).isEmpty());
        assertThat(fx.store.attachments(l.id())).isEmpty();
        assertThat(fx.dataDir.resolve("files")).doesNotExist();
        assertThat(fx.store.count(RegisterQuery.all().withText("รายงานผล"))).isZero();
    }

    @Test
    void aSecretLetterKeepsItsContentWhenAskedTo() throws Exception {
        Path f = SampleLetters.write(in.resolve("secret.txt"), SampleLetters.letter("ลับ", "ขก 1/ว 9",
                "จังหวัดขอนแก่น", "การรักษาความปลอดภัย").getBytes(StandardCharsets.UTF_8));
        ImportSummary s = fx.importer(true).importFiles(List.of(f), false, ImportListener.NONE, () -> false);
        Letter l = entry(s.outcomes().get(0));
        assertThat(l.fields().secrecy()).isEqualTo(Secrecy.CONFIDENTIAL);
        assertThat(l.fields().text()).contains("รายงานผล");
        assertThat(fx.store.attachments(l.id())).hasSize(1);
    }
}
