package org.tidtam.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;
import org.tidtam.registry.AttachmentStore;
import org.tidtam.store.Attachment;

/** Opening the kept original: a copy under its own name is handed to the desktop; failures say so in Thai. */
class OriginalOpenerTest {
    @TempDir
    Path dir;
    private final List<Path> opened = new ArrayList<>();

    private OriginalOpener opener(boolean supported) {
        return new OriginalOpener(new AttachmentStore(dir.resolve("data")), dir.resolve("tmp"),
                new OriginalOpener.Launcher() {
                    @Override
                    public boolean supported() { return supported; }

                    @Override
                    public void open(Path file) { opened.add(file); }
                });
    }

    private Attachment keep(String name, String content) throws IOException {
        Path original = Files.writeString(dir.resolve(name), content);
        return new AttachmentStore(dir.resolve("data")).keep(original, null);
    }

    @Test
    void opensACopyWithTheOriginalName() throws IOException {
        Attachment kept = keep("หนังสือเชิญประชุม.pdf", "%PDF-1.4 ...");
        Path copy = opener(true).open(kept);
        assertThat(copy.getFileName().toString()).isEqualTo("หนังสือเชิญประชุม.pdf");
        assertThat(Files.readString(copy)).isEqualTo("%PDF-1.4 ...");
        assertThat(opened).containsExactly(copy);
    }

    @Test
    void aMissingFileIsAClearThaiMessage() throws IOException {
        Attachment kept = keep("เชิญประชุม.docx", "x");
        Files.delete(new AttachmentStore(dir.resolve("data")).pathOf(kept.sha256()));
        assertThatThrownBy(() -> opener(true).open(kept)).isInstanceOfSatisfying(TidtamException.class, e ->
                assertThat(Messages.thai().of(e)).startsWith("ไม่พบแฟ้มต้นฉบับ \"เชิญประชุม.docx\" ในโฟลเดอร์ข้อมูลแล้ว"));
        assertThat(opened).isEmpty();
    }

    @Test
    void noProgramToOpenItIsAClearThaiMessage() throws IOException {
        Attachment kept = keep("ตาราง.xlsx", "x");
        assertThatThrownBy(() -> opener(false).open(kept)).isInstanceOfSatisfying(TidtamException.class, e ->
                assertThat(Messages.thai().of(e)).startsWith("เครื่องนี้ไม่มีโปรแกรมที่เปิดแฟ้ม \"ตาราง.xlsx\" ได้"));
        assertThatThrownBy(() -> opener(true).open(null)).isInstanceOfSatisfying(TidtamException.class, e ->
                assertThat(Messages.thai().of(e)).isEqualTo("รายการนี้ไม่มีแฟ้มต้นฉบับ"));
    }

    @Test
    void aStoredNameCannotLeaveTheTemporaryFolder() {
        assertThat(OriginalOpener.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(OriginalOpener.safeName("C:\\เอกสาร\\หนังสือ.pdf")).isEqualTo("หนังสือ.pdf");
        assertThat(OriginalOpener.safeName("..")).isEqualTo("original");
    }
}
