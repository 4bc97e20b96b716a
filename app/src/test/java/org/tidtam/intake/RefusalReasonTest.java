package org.tidtam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.intake.Refusals.assertRefused;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;

/** A refused file is explained in plain Thai naming the file; the library's English words go to the log only. */
class RefusalReasonTest {
    private final FileIntake intake = new FileIntake();
    private final Logger log = Logger.getLogger(FileIntake.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) { logged.add(r); }

        @Override
        public void flush() { }

        @Override
        public void close() { }
    };

    @BeforeEach
    void listen() { log.addHandler(capture); }

    @AfterEach
    void stopListening() { log.removeHandler(capture); }

    @Test
    void aPdfThatPdfBoxCannotReadGetsAThaiReasonAndTheDetailIsLogged() throws IOException {
        byte[] pdf = TestFiles.pdf(List.of("A letter that was cut off in transfer."), false);
        byte[] cut = Arrays.copyOf(pdf, pdf.length / 3);

        TidtamException e = assertRefused(() -> intake.readBytes("หนังสือเชิญ.pdf", cut), "intake.pdf.corrupt",
                "หนังสือเชิญ.pdf");

        assertThat(Messages.thai().of(e)).isEqualTo("เปิดไฟล์ PDF 'หนังสือเชิญ.pdf' ไม่ได้ ไฟล์อาจเสียหาย ไม่สมบูรณ์ "
                + "หรือถูกล็อกไว้ กรุณาขอไฟล์จากผู้ส่งอีกครั้ง");
        assertThat(e.getCause()).isInstanceOf(IOException.class);
        assertThat(logged).singleElement().satisfies(r -> {
            assertThat(r.getThrown()).isSameAs(e.getCause());
            assertThat(r.getMessage()).contains("หนังสือเชิญ.pdf", "intake.pdf.corrupt");
        });
    }

    @Test
    void textNamedPdfAndAPdfWithoutPagesSayTheSame() {
        byte[] text = "not a pdf at all".getBytes(StandardCharsets.UTF_8);

        TidtamException e = assertRefused(() -> intake.readBytes("fake.pdf", text), "intake.pdf.corrupt", "fake.pdf");

        assertThat(Messages.thai().of(e)).doesNotContain("(").doesNotContainPattern("[A-Za-z]{6,}");
    }

    @Test
    void aWordFileThatUnpacksTooFarNamesNoLimitsInTheMessage() throws IOException {
        TidtamException e = assertRefused(() -> intake.readBytes("bomb.docx", TestFiles.zipBomb(100)),
                "intake.docx.zipBomb", "bomb.docx");

        assertThat(Messages.thai().of(e)).doesNotContain("ratio").doesNotContain(">");
        assertThat(e.getCause()).hasMessageContaining("ratio");
        assertThat(logged).singleElement().satisfies(r -> assertThat(r.getThrown()).isSameAs(e.getCause()));
    }

    @Test
    void aDamagedWordFileGetsAThaiReason() {
        byte[] notZip = "PK\u0003\u0004 broken".getBytes(StandardCharsets.ISO_8859_1);

        TidtamException e = assertRefused(() -> intake.readBytes("บันทึก.docx", notZip), "intake.docx.corrupt",
                "บันทึก.docx");

        assertThat(Messages.thai().of(e)).startsWith("ไฟล์ Word 'บันทึก.docx' เสียหาย");
    }

    @Test
    void aDiskErrorIsExplainedWithoutTheSystemsWords() {
        TidtamException e = IoFailures.of(Path.of("/mnt/share/หนังสือ.txt"), new IOException("Input/output error"));

        assertThat(e.key()).isEqualTo("intake.unreadable");
        assertThat(Messages.thai().of(e)).isEqualTo("อ่านไฟล์ 'หนังสือ.txt' จากดิสก์หรือเครือข่ายไม่ได้ "
                + "กรุณาคัดลอกไฟล์มาไว้ในเครื่องนี้แล้วลองใหม่");
        assertThat(Messages.english().of(e)).doesNotContain("Input/output error");
        Refusals.assertNoLibraryWords(e);
    }

    @Test
    void aTextFileInAnUnknownEncodingGetsAThaiReason() {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 37 % 251);
        }

        TidtamException e = assertRefused(() -> intake.readBytes("จดหมาย.txt", binary),
                "intake.text.unknownEncoding", "จดหมาย.txt");

        assertThat(Messages.thai().of(e)).contains("UTF-8");
    }
}
