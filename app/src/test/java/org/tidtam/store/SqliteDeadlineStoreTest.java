package org.tidtam.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tidtam.store.DeadlineDrafts.due;
import static org.tidtam.store.DeadlineDrafts.letter;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.letter.Letter;
import org.tidtam.letter.Urgency;
import org.tidtam.remind.DeadlineEntry;
import org.tidtam.remind.HolidayKind;
import org.tidtam.remind.ReminderPolicy;
import org.tidtam.remind.ReminderRule;

/** Deadlines, holidays, reminder state and the policy setting on a temporary database, through Core. */
class SqliteDeadlineStoreTest {
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final LocalDate TODAY = LocalDate.of(2025, 5, 10);
    @TempDir Path dir;
    Core core;
    DeadlineStore store;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(BANGKOK).toInstant(), BANGKOK);
        core = Core.open(new AppConfig(dir.resolve("t.db"), dir, clock, Messages.thai(), "clerk"));
        store = core.deadlineStore();
    }

    @AfterEach
    void close() { core.close(); }

    Letter add(String subject, String unit, String officer, org.tidtam.letter.Deadline... d) {
        return core.registerStore().register(letter(subject, TODAY.minusDays(3).atTime(10, 0), unit, officer,
                Urgency.NORMAL, d), "clerk");
    }

    @Test
    void listsWithTheLetterAndFiltersByRangeKindUnitOfficerAndStatus() {
        add("รายงานผลการเบิกจ่าย", "กองคลัง", "นายก", due(DeadlineKind.REPORT, TODAY.plusDays(3), "รายงาน"),
                due(DeadlineKind.DISBURSE, TODAY.plusDays(30), "เบิกจ่าย"));
        add("ขอเชิญประชุม", "สำนักปลัด", "นางข", due(DeadlineKind.MEETING, TODAY.minusDays(1), "ประชุม"));

        var all = store.list(DeadlineQuery.open());
        assertThat(all).extracting(e -> e.deadline().kind())
                .containsExactly(DeadlineKind.MEETING, DeadlineKind.REPORT, DeadlineKind.DISBURSE);
        assertThat(all.get(1).letter().subject()).isEqualTo("รายงานผลการเบิกจ่าย");
        assertThat(all.get(1).letter().unit()).isEqualTo("กองคลัง");
        assertThat(store.list(new DeadlineQuery(TODAY, TODAY.plusDays(14), null, null, null, null))).hasSize(1);
        assertThat(store.list(new DeadlineQuery(null, null, null, DeadlineKind.MEETING, null, null))).hasSize(1);
        assertThat(store.list(new DeadlineQuery(null, null, null, null, "กองคลัง", null))).hasSize(2);
        assertThat(store.list(new DeadlineQuery(null, null, null, null, null, "นางข"))).hasSize(1);
        assertThat(store.list(new DeadlineQuery(null, null, Set.of(DeadlineStatus.DONE), null, null, null))).isEmpty();
    }

    @Test
    void markDoneAndDismissLeaveTheOpenListAndAreAuditedWithAnIntactChain() {
        Letter l = add("ขอข้อมูล", "", "", due(DeadlineKind.SUBMIT, TODAY.plusDays(2), "ส่งข้อมูล"),
                due(DeadlineKind.REPLY, TODAY.plusDays(1), "ตอบรับ"));
        long submit = l.fields().deadlines().get(0).id();
        long reply = l.fields().deadlines().get(1).id();

        DeadlineEntry done = store.markDone(submit, "ส่งทางอีเมลแล้ว", "ขก 0017/123", "clerk", TODAY);
        assertThat(done.deadline().status()).isEqualTo(DeadlineStatus.DONE);
        assertThat(done.deadline().replyNumber()).isEqualTo("ขก 0017/123");
        assertThat(done.deadline().doneOn()).isEqualTo(TODAY);
        store.dismiss(reply, "ไม่ต้องตอบ", "clerk", TODAY);

        assertThat(store.list(DeadlineQuery.open())).isEmpty();
        assertThat(store.list(new DeadlineQuery(null, null, null, null, null, null))).hasSize(2);
        assertThat(core.registerStore().history(l.id())).extracting(a -> a.field() + "=" + a.newValue())
                .contains("deadline." + submit + "=DONE: ส่งทางอีเมลแล้ว (ขก 0017/123)",
                        "deadline." + reply + "=DISMISSED: ไม่ต้องตอบ");
        assertThat(core.auditVerifier().verify().intact()).isTrue();
    }

    @Test
    void badChangesAreRefusedWithAClearMessageAndChangeNothing() {
        Letter l = add("ขอข้อมูล", "", "", due(DeadlineKind.SUBMIT, TODAY.plusDays(2), "ส่งข้อมูล"));
        long id = l.fields().deadlines().get(0).id();
        assertThatThrownBy(() -> store.dismiss(id, "  ", "clerk", TODAY)).isInstanceOf(TidtamException.class)
                .satisfies(e -> assertThat(Messages.thai().of((TidtamException) e)).contains("เหตุผล"));
        assertThatThrownBy(() -> store.markDone(999, null, null, "clerk", TODAY))
                .satisfies(e -> assertThat(Messages.thai().of((TidtamException) e)).contains("999"));
        store.markDone(id, null, null, "clerk", TODAY);
        assertThatThrownBy(() -> store.markDone(id, null, null, "clerk", TODAY))
                .satisfies(e -> assertThat(((TidtamException) e).key()).isEqualTo("remind.deadline.notOpen"));
        assertThat(core.registerStore().history(l.id())).hasSize(2);
    }

    @Test
    void relativeDeadlinesGetTheirDayFromTheHolidayTableAndFollowItsChanges() {
        // received Wed 2025-05-07; 3 working days: Thu 8, (Fri 9 พืชมงคล, weekend, Mon 12 substitution for
        // วิสาขบูชา) Tue 13, Wed 14
        Letter l = add("ขอให้รายงาน", "", "", DeadlineDrafts.withinWorkingDays(3));
        long id = l.fields().deadlines().get(0).id();
        assertThat(store.get(id).orElseThrow().deadline().due()).isEqualTo(LocalDate.of(2025, 5, 14));
        core.holidays().remove(LocalDate.of(2025, 5, 12));
        assertThat(store.get(id).orElseThrow().deadline().due()).isEqualTo(LocalDate.of(2025, 5, 13));
        core.holidays().add(LocalDate.of(2025, 5, 8), "วันหยุดพิเศษ", HolidayKind.SPECIAL);
        assertThat(store.get(id).orElseThrow().deadline().due()).isEqualTo(LocalDate.of(2025, 5, 14));
        var repo = new SqliteHolidayRepository(core.database());
        assertThat(repo.userHolidays()).hasSize(1);
        assertThat(repo.removedShippedDays()).containsExactly(LocalDate.of(2025, 5, 12));
    }

    @Test
    void reminderStateAndPolicyPersist() {
        var states = core.reminderStates();
        Instant at = Instant.parse("2025-05-10T02:00:00Z");
        states.acknowledge("1:2025-05-12:-3d", at);
        states.acknowledge("1:2025-05-12:-3d", at.plusSeconds(60));
        states.snooze("2:2025-05-12:-0d", at.plusSeconds(3600));
        assertThat(states.acknowledgedAt("1:2025-05-12:-3d")).contains(at);
        assertThat(states.snoozedUntil("2:2025-05-12:-0d")).contains(at.plusSeconds(3600));
        assertThat(states.acknowledgedAt("nothing")).isEmpty();

        ReminderPolicy changed = ReminderPolicy.defaults().withRules(DeadlineKind.REPLY,
                java.util.List.of(ReminderRule.daysBefore(5)));
        core.settings().saveReminderPolicy(changed);
        assertThat(core.settings().reminderPolicy()).isEqualTo(changed);
        core.settings().put(SqliteSettings.REMINDER_POLICY, "{not json");
        assertThatThrownBy(() -> core.settings().reminderPolicy())
                .satisfies(e -> assertThat(((TidtamException) e).key()).isEqualTo("remind.policy.invalid"));
    }
}
