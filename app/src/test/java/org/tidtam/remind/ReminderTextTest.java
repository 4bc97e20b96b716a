package org.tidtam.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.remind.Fixtures.clockAt;
import static org.tidtam.remind.Fixtures.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.Urgency;

class ReminderTextTest {

    @Test
    void readsInThaiAndEnglish() {
        Reminder r = new ReminderPlanner(ReminderPolicy.defaults()).dueNow(
                List.of(entry(1, DeadlineKind.REPORT, "2025-05-15", Urgency.NORMAL, "2025-04-25T10:15")),
                new InMemoryReminderStateRepository(), clockAt("2025-05-12T08:00")).get(0);

        assertThat(ReminderText.line(r, Messages.thai()))
                .isEqualTo("อีก 3 วันครบกำหนด · 15 พ.ค. พ.ศ. 2568 · [รายงานผล] ที่ มท 0322/ว 1: เรื่องทดสอบ 1");
        assertThat(ReminderText.line(r, Messages.english()))
                .isEqualTo("Due in 3 days · 15 May B.E. 2568 · [Report] มท 0322/ว 1: เรื่องทดสอบ 1");
        assertThat(ReminderText.daysLeft(-2, Messages.thai())).isEqualTo("เลยกำหนด 2 วัน");
        assertThat(ReminderText.daysLeft(0, Messages.english())).isEqualTo("today");
        assertThat(ReminderText.day(LocalDate.of(2026, 1, 2), Messages.thai())).isEqualTo("2 ม.ค. พ.ศ. 2569");
        assertThat(ReminderText.day(LocalDate.of(2026, 1, 2), Messages.english())).isEqualTo("2 Jan B.E. 2569");
    }

    @Test
    void aReminderMissedWhileClosedSaysHowLateItIs() {
        Reminder r = new ReminderPlanner(ReminderPolicy.defaults()).dueNow(
                List.of(entry(1, DeadlineKind.REPORT, "2025-05-15", Urgency.NORMAL, "2025-04-25T10:15")),
                new InMemoryReminderStateRepository(), clockAt("2025-05-20T08:00")).get(0);

        assertThat(ReminderText.line(r, Messages.thai(), LocalDate.of(2025, 5, 20)))
                .startsWith("เลยกำหนด 5 วัน · 15 พ.ค. พ.ศ. 2568");
        assertThat(ReminderText.line(r, Messages.thai(), LocalDate.of(2025, 5, 15))).startsWith("ครบกำหนดวันนี้");
        assertThat(ReminderText.twoLines(r, Messages.thai(), LocalDate.of(2025, 5, 20)))
                .isEqualTo("เลยกำหนด 5 วัน · 15 พ.ค. พ.ศ. 2568\n[รายงานผล] ที่ มท 0322/ว 1: เรื่องทดสอบ 1");
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        ResourceBundle en = Messages.english().bundle("remind");
        ResourceBundle th = Messages.thai().bundle("remind");
        assertThat(th.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
        for (DeadlineKind kind : DeadlineKind.values()) {
            assertThat(en.containsKey("remind.kind." + kind.name())).as(kind.name()).isTrue();
        }
        for (Bucket bucket : Bucket.values()) {
            assertThat(en.containsKey("remind.bucket." + bucket.name())).as(bucket.name()).isTrue();
        }
    }
}
