package org.tidtam.ui.letterform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.Urgency;
import org.tidtam.ui.FakeRegisterStore;

class LetterFormViewModelTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2025, 1, 15, 10, 30);
    private final FakeRegisterStore store = new FakeRegisterStore(
            Clock.fixed(NOW.atZone(ZoneId.of("Asia/Bangkok")).toInstant(), ZoneId.of("Asia/Bangkok")));
    private final LetterFormViewModel form = new LetterFormViewModel(store, Messages.thai(), "clerk", null, NOW);

    private void fillValid() {
        form.number.set("มท 0322/ว 5587");
        form.letterDate.set("๑๐/๐๑/๒๕๖๘");
        form.sender.set("กรมการปกครอง");
        form.subject.set("ขอเชิญประชุม");
        form.urgency.set(Urgency.MOST_URGENT);
    }

    @Test
    void aNewFormIsReceivedNowAndNotDirty() {
        assertThat(form.receivedDate.get()).isEqualTo("15/1/2568");
        assertThat(form.receivedTime.get()).isEqualTo("10:30");
        assertThat(form.isDirty()).isFalse();
    }

    @Test
    void aValidFormGivesTheDraft() {
        fillValid();
        LetterDraft draft = form.validate().orElseThrow();
        assertThat(draft.date()).isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(draft.receivedAt()).isEqualTo(NOW);
        assertThat(draft.urgency()).isEqualTo(Urgency.MOST_URGENT);
        assertThat(form.isDirty()).isTrue();
        assertThat(LetterFormViewModel.receivedBeforeLetterDate(draft)).isFalse();
    }

    @Test
    void missingSenderAndSubjectAreMarkedInThaiAndNothingIsSaved() {
        form.letterDate.set("31/2/2568");
        assertThat(form.validate()).isEmpty();
        assertThat(form.errors()).containsKey("letterDate").containsEntry("sender", "ยังไม่ได้ระบุผู้ส่ง (จาก)");
        form.letterDate.set("");
        assertThat(form.validate()).isEmpty();
        assertThat(form.errors()).containsEntry("sender", "ยังไม่ได้ระบุผู้ส่ง (จาก)")
                .containsEntry("subject", "ยังไม่ได้ระบุเรื่อง");
        assertThat(store.count(org.tidtam.store.RegisterQuery.all())).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ๓๐/๐๒/๒๕๖๘ | letterDate   | ไม่ใช่วันที่ที่มีอยู่จริง
            1/1/1999   | letterDate   | อยู่นอกช่วง
            31/4/2568  | receivedDate | ไม่ใช่วันที่ที่มีอยู่จริง
            """)
    void badDatesAreQuotedBack(String text, String field, String expected) {
        fillValid();
        (field.equals("letterDate") ? form.letterDate : form.receivedDate).set(text);
        assertThat(form.validate()).isEmpty();
        assertThat(form.errors().get(field)).contains(expected);
    }

    @Test
    void receivedBeforeTheLetterDateIsOnlyAWarning() {
        fillValid();
        form.letterDate.set("20/1/2568");
        LetterDraft draft = form.validate().orElseThrow();
        assertThat(LetterFormViewModel.receivedBeforeLetterDate(draft)).isTrue();
    }

    @Test
    void savingAnEditGoesThroughTheAuditedUpdate() {
        fillValid();
        var saved = form.save(form.validate().orElseThrow());
        var edit = new LetterFormViewModel(store, Messages.thai(), "clerk", saved, NOW);
        assertThat(edit.sender.get()).isEqualTo("กรมการปกครอง");
        edit.sender.set("กรมการปกครอง กระทรวงมหาดไทย");
        edit.save(edit.validate().orElseThrow());
        assertThat(store.history(saved.id())).extracting(a -> a.field()).contains("sender");
        assertThat(store.get(saved.id()).orElseThrow().regNo()).isEqualTo(saved.regNo());
    }
}
