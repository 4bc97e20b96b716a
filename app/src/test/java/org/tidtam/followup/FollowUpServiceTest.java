package org.tidtam.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidtam.app.Core;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.AuditEntry;
import org.tidtam.letter.ChangeKind;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.letter.Letter;
import org.tidtam.store.LetterLink;

class FollowUpServiceTest {
    private static final LocalDate OLD_DAY = LocalDate.of(2025, 1, 15);
    @TempDir
    Path dir;
    private Core core;
    private Letter first;

    @BeforeEach
    void registerTheInvitation() {
        core = FollowUpLetters.core(dir);
        first = FollowUpLetters.register(core, FollowUpLetters.invitation());
        assertThat(first.fields().deadlines()).singleElement()
                .satisfies(d -> assertThat(d.due()).isEqualTo(OLD_DAY))
                .satisfies(d -> assertThat(d.time()).isEqualTo(LocalTime.of(9, 30)));
    }

    @AfterEach
    void close() { core.close(); }

    /** body of the later letter → kind, new day, new time (blank: none proposed). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            จึงขอเลื่อนการประชุมเป็นวันพุธที่ ๒๒ มกราคม ๒๕๖๘ เวลา ๑๓.๓๐ น. ณ ห้องประชุมเดิม | POSTPONE | 2025-01-22 | 13:30
            จึงขอเลื่อนการประชุมให้เร็วขึ้นเป็นวันศุกร์ที่ ๑๐ มกราคม ๒๕๖๘ เวลา ๐๙.๓๐ น.     | ADVANCE  | 2025-01-10 | 09:30
            จึงขอเปลี่ยนแปลงเวลาประชุมเป็นวันพุธที่ ๑๕ มกราคม ๒๕๖๘ เวลา ๑๓.๓๐ น.          | CHANGE   | 2025-01-15 | 13:30
            จังหวัดขอนแก่นขอยกเลิกการประชุมดังกล่าว และจะแจ้งกำหนดการใหม่ให้ทราบต่อไป       | CANCEL   |            |
            จึงของดการประชุมครั้งนี้                                                 | CANCEL   |            |
            จึงขอเปลี่ยนแปลงสถานที่ประชุมเป็นห้องประชุมอำเภอเมืองขอนแก่น                  | CHANGE   |            |
            จึงขอให้ท่านเตรียมข้อมูลให้พร้อม                                              |          |            |
            ขอแจ้งผลการเลื่อนขั้นเงินเดือนข้าราชการ                                          |          |            |
            """)
    void readsWhatTheLaterLetterDoes(String body, ChangeKind kind, LocalDate due, LocalTime time) {
        Letter later = FollowUpLetters.register(core, FollowUpLetters.later("ขก ๐๐๑๗/ว ๑๔๕", "การประชุม",
                FollowUpLetters.FIRST_NUMBER, FollowUpLetters.FIRST_DATE, body));
        List<ChangeProposal> found = core.followUps().proposals(later.id());
        if (kind == null) {
            assertThat(found).isEmpty();
            return;
        }
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(kind);
            assertThat(p.earlierLetterId()).isEqualTo(first.id());
            assertThat(p.old().due()).isEqualTo(OLD_DAY);
            assertThat(p.newDue()).isEqualTo(due);
            assertThat(p.newTime()).isEqualTo(time);
            assertThat(later.fields().text().substring(p.span().start(), p.span().end())).contains(p.evidence());
            assertThat(body).contains(p.evidence().substring(0, 8));
        });
    }

    @Test
    void noReferenceOrAReferenceOutsideTheRegisterProposesNothing() {
        Letter none = FollowUpLetters.register(core, FollowUpLetters.later("ขก ๐๐๑๗/ว ๑๔๖", "การประชุม", null, null,
                "จึงขอเลื่อนการประชุมเป็นวันพุธที่ ๒๒ มกราคม ๒๕๖๘ เวลา ๑๓.๓๐ น."));
        Letter elsewhere = FollowUpLetters.register(core, FollowUpLetters.later("ขก ๐๐๑๗/ว ๑๔๗", "การประชุม",
                "ขก ๐๐๑๗/ว ๙๙๙", FollowUpLetters.FIRST_DATE,
                "จึงขอเลื่อนการประชุมเป็นวันพุธที่ ๒๒ มกราคม ๒๕๖๘ เวลา ๑๓.๓๐ น."));
        assertThat(core.followUps().proposals(none.id())).isEmpty();
        assertThat(core.followUps().proposals(elsewhere.id())).isEmpty();
        assertThat(core.followUps().references(elsewhere)).singleElement()
                .satisfies(r -> assertThat(r.found()).isEmpty());
    }

    @Test
    void acceptingAPostponementMovesTheEarlierDeadlineAuditsAndLinksBoth() {
        Letter second = FollowUpLetters.register(core, FollowUpLetters.postponement());
        assertThat(core.followUps().references(second)).singleElement()
                .satisfies(r -> assertThat(r.entry().id()).isEqualTo(first.id()));
        ChangeProposal p = core.followUps().proposals(second.id()).get(0);
        assertThat(p.evidence()).startsWith("เลื่อนการประชุมเป็นวันพุธที่ ๒๒ มกราคม ๒๕๖๘ เวลา ๑๓.๓๐ น.");

        LetterLink link = core.followUps().accept(p, "clerk");

        assertThat(link.kind()).isEqualTo(ChangeKind.POSTPONE);
        assertThat(link.otherId()).isEqualTo(first.id());
        Deadline moved = core.registerStore().get(first.id()).orElseThrow().fields().deadlines().get(0);
        assertThat(moved.due()).isEqualTo(LocalDate.of(2025, 1, 22));
        assertThat(moved.time()).isEqualTo(LocalTime.of(13, 30));
        assertThat(moved.isOpen()).isTrue();
        List<AuditEntry> history = core.registerStore().history(first.id());
        assertThat(history).extracting(AuditEntry::field).contains("deadline." + moved.id() + ".due",
                "deadline." + moved.id() + ".time", "link");
        assertThat(history).filteredOn(a -> a.field().endsWith(".due")).singleElement()
                .satisfies(a -> assertThat(a.oldValue()).isEqualTo("2025-01-15"))
                .satisfies(a -> assertThat(a.newValue()).isEqualTo("2025-01-22"));
        assertThat(core.followUps().links(first.id())).singleElement()
                .satisfies(l -> assertThat(l.otherId()).isEqualTo(second.id()))
                .satisfies(l -> assertThat(l.outgoing()).isFalse());
        assertThat(core.followUps().links(second.id())).singleElement()
                .satisfies(l -> assertThat(l.outgoing()).isTrue());
        // the later letter's own copies of the old and new meeting no longer remind twice
        assertThat(core.registerStore().get(second.id()).orElseThrow().fields().deadlines())
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(DeadlineStatus.DISMISSED));
        assertThat(core.followUps().proposals(second.id())).as("applied once").isEmpty();
        assertThat(core.auditVerifier().verify().findings()).isEmpty();
    }

    @Test
    void acceptingACancellationDismissesTheEarlierDeadlineWithTheReason() {
        Letter cancel = FollowUpLetters.register(core, FollowUpLetters.cancellation());
        ChangeProposal p = core.followUps().proposals(cancel.id()).get(0);
        assertThat(p.kind()).isEqualTo(ChangeKind.CANCEL);

        core.followUps().accept(p, "clerk");

        Deadline d = core.registerStore().get(first.id()).orElseThrow().fields().deadlines().get(0);
        assertThat(d.status()).isEqualTo(DeadlineStatus.DISMISSED);
        assertThat(d.due()).isEqualTo(OLD_DAY);
        assertThat(d.doneNote()).startsWith("ยกเลิกตามหนังสือทะเบียนรับ " + cancel.regNo()).contains("ยกเลิกการประชุม");
        assertThat(core.followUps().links(first.id())).extracting(LetterLink::kind).containsExactly(ChangeKind.CANCEL);
    }

    @Test
    void aDeadlineClosedMeanwhileIsRefusedInThaiAndNothingChanges() {
        Letter second = FollowUpLetters.register(core, FollowUpLetters.postponement());
        ChangeProposal p = core.followUps().proposals(second.id()).get(0);
        core.deadlineStore().markDone(p.deadlineId(), "เข้าประชุมแล้ว", null, "clerk", LocalDate.of(2025, 1, 6));
        int auditBefore = core.registerStore().history(first.id()).size();

        assertThatThrownBy(() -> core.followUps().accept(p, "clerk")).isInstanceOfSatisfying(TidtamException.class,
                e -> assertThat(Messages.thai().of(e)).contains("มีสถานะ DONE แล้ว"));

        assertThat(core.registerStore().get(first.id()).orElseThrow().fields().deadlines().get(0).due()).isEqualTo(OLD_DAY);
        assertThat(core.registerStore().history(first.id())).hasSize(auditBefore);
        assertThat(core.followUps().links(second.id())).isEmpty();
        assertThat(core.registerStore().get(second.id()).orElseThrow().fields().deadlines())
                .allSatisfy(d -> assertThat(d.isOpen()).isTrue());
    }
}
