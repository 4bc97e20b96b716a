package org.tidtam.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.remind.Fixtures.clockAt;
import static org.tidtam.remind.Fixtures.entry;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.letter.Urgency;

/** Reminders by the default policy, driven by a fixed clock in Bangkok. */
class ReminderPlannerTest {
    private static final String RECEIVED = "2025-04-25T10:15";

    private final ReminderPlanner planner = new ReminderPlanner(ReminderPolicy.defaults());
    private final InMemoryReminderStateRepository state = new InMemoryReminderStateRepository();

    /** Every default rule: the instant it falls due, and the minute before it nothing new is due. */
    @ParameterizedTest(name = "{0} due {1}: {3} at {2}")
    @CsvSource(textBlock = """
            REPORT,   2025-05-15, 2025-05-08T08:00, 7
            REPORT,   2025-05-15, 2025-05-12T08:00, 3
            REPORT,   2025-05-15, 2025-05-14T08:00, 1
            REPORT,   2025-05-15, 2025-05-15T08:00, 0
            SUBMIT,   2025-05-15, 2025-05-08T08:00, 7
            SUBMIT,   2025-05-15, 2025-05-15T08:00, 0
            DISBURSE, 2025-05-15, 2025-05-12T08:00, 3
            OTHER,    2025-05-15, 2025-05-14T08:00, 1
            REPLY,    2025-05-15, 2025-05-13T08:00, 2
            REPLY,    2025-05-15, 2025-05-14T08:00, 1
            REPLY,    2025-05-15, 2025-05-15T08:00, 0
            MEETING,  2025-05-15, 2025-05-14T08:00, 1
            MEETING,  2025-05-15, 2025-05-15T08:00, 0
            PERIOD,   2025-05-15, 2025-05-14T08:00, 1
            PERIOD,   2025-05-15, 2025-05-15T08:00, 0
            """, ignoreLeadingAndTrailingWhitespace = true)
    void eachDefaultRuleFallsDueOnTime(DeadlineKind kind, String due, LocalDateTime at, int daysBefore) {
        List<DeadlineEntry> entries = List.of(entry(1, kind, due, Urgency.NORMAL, RECEIVED));

        List<Reminder> now = planner.dueNow(entries, state, clockAt(at.toString()));
        List<Reminder> minuteBefore = planner.dueNow(entries, state, clockAt(at.minusMinutes(1).toString()));

        assertThat(now).singleElement().satisfies(r -> {
            assertThat(r.daysBefore()).isEqualTo(daysBefore);
            assertThat(r.firesAt()).isEqualTo(at);
            assertThat(r.key()).isEqualTo("1:" + due + ":-" + daysBefore + "d");
            assertThat(r.trigger()).isEqualTo(daysBefore == 0 ? Reminder.Trigger.ON_DUE_DAY : Reminder.Trigger.BEFORE_DUE);
        });
        assertThat(minuteBefore).extracting(Reminder::daysBefore).doesNotContain(daysBefore);
    }

    @Test
    void meetingsAndPeriodsDoNotRemindAWeekAhead() {
        List<DeadlineEntry> entries = List.of(entry(1, DeadlineKind.MEETING, "2025-05-15", Urgency.NORMAL, RECEIVED),
                entry(2, DeadlineKind.REPLY, "2025-05-15", Urgency.NORMAL, RECEIVED));
        assertThat(planner.dueNow(entries, state, clockAt("2025-05-12T12:00"))).isEmpty();
    }

    @Test
    void aMostUrgentLetterRemindsOnTheDayItIsReceived() {
        DeadlineEntry urgent = entry(3, DeadlineKind.REPORT, "2025-05-15", Urgency.MOST_URGENT, RECEIVED);
        DeadlineEntry veryUrgent = entry(4, DeadlineKind.REPORT, "2025-05-15", Urgency.VERY_URGENT, RECEIVED);

        assertThat(planner.dueNow(List.of(urgent, veryUrgent), state, clockAt("2025-04-25T10:14"))).isEmpty();
        assertThat(planner.dueNow(List.of(urgent, veryUrgent), state, clockAt("2025-04-25T10:15")))
                .singleElement().satisfies(r -> {
                    assertThat(r.trigger()).isEqualTo(Reminder.Trigger.ON_RECEIPT);
                    assertThat(r.key()).isEqualTo("letter-103:receipt");
                });
    }

    @Test
    void theDeadlineDueSoonestLeadsTheListNotTheReminderThatFiredFirst() {
        DeadlineEntry mostUrgentLater = entry(3, DeadlineKind.REPORT, "2025-05-30", Urgency.MOST_URGENT, "2025-05-12T07:00");
        DeadlineEntry normalSooner = entry(4, DeadlineKind.SUBMIT, "2025-05-15", Urgency.NORMAL, RECEIVED);
        DeadlineEntry meetingSameDay = entry(5, DeadlineKind.MEETING, LocalDate.of(2025, 5, 15), null,
                LocalTime.of(9, 30), Urgency.NORMAL, LocalDateTime.parse(RECEIVED));
        DeadlineEntry urgentSameDay = entry(6, DeadlineKind.SUBMIT, "2025-05-15", Urgency.URGENT, RECEIVED);

        List<Reminder> shown = planner.dueNow(List.of(mostUrgentLater, normalSooner, meetingSameDay, urgentSameDay),
                state, clockAt("2025-05-14T12:00"));

        assertThat(shown).extracting(r -> r.entry().id()).containsExactly(5L, 6L, 4L, 3L);
        assertThat(shown.get(3).trigger()).isEqualTo(Reminder.Trigger.ON_RECEIPT);
    }

    @Test
    void aLetterWithTwoDeadlinesRemindsOnceOnReceipt() {
        DeadlineEntry a = entry(3, DeadlineKind.REPORT, "2025-05-15", Urgency.MOST_URGENT, RECEIVED);
        DeadlineEntry b = new DeadlineEntry(entry(5, DeadlineKind.MEETING, "2025-05-20", Urgency.MOST_URGENT, RECEIVED)
                .deadline(), a.letter());
        assertThat(planner.dueNow(List.of(a, b), state, clockAt("2025-04-25T11:00"))).hasSize(1);
    }

    @Test
    void anAcknowledgedReminderIsNeverShownAgain() {
        List<DeadlineEntry> entries = List.of(entry(1, DeadlineKind.SUBMIT, "2025-05-15", Urgency.NORMAL, RECEIVED));
        Reminder weekBefore = planner.dueNow(entries, state, clockAt("2025-05-08T09:00")).get(0);

        state.acknowledge(weekBefore.key(), clockAt("2025-05-08T09:01").instant());

        assertThat(planner.dueNow(entries, state, clockAt("2025-05-08T09:02"))).isEmpty();
        assertThat(planner.dueNow(entries, state, clockAt("2025-05-11T23:59"))).isEmpty();
        assertThat(planner.dueNow(entries, state, clockAt("2025-05-12T08:00")))
                .extracting(Reminder::daysBefore).containsExactly(3);
    }

    @Test
    void aSnoozedReminderComesBackAtTheChosenTime() {
        List<DeadlineEntry> entries = List.of(entry(1, DeadlineKind.SUBMIT, "2025-05-15", Urgency.NORMAL, RECEIVED));
        Reminder r = planner.dueNow(entries, state, clockAt("2025-05-12T09:00")).get(0);

        state.snooze(r.key(), clockAt("2025-05-12T14:00").instant());

        assertThat(planner.dueNow(entries, state, clockAt("2025-05-12T13:59"))).isEmpty();
        assertThat(planner.dueNow(entries, state, clockAt("2025-05-12T14:00")))
                .extracting(Reminder::key).containsExactly(r.key());
        assertThat(planner.nextChange(entries, state, clockAt("2025-05-12T09:00")))
                .contains(LocalDateTime.of(2025, 5, 12, 14, 0));
    }

    @Test
    void remindersThatFellDueWhileClosedShowOnTheNextStartOnlyTheLatest() {
        List<DeadlineEntry> entries = List.of(entry(1, DeadlineKind.SUBMIT, "2025-05-15", Urgency.NORMAL, RECEIVED),
                entry(2, DeadlineKind.REPLY, "2025-05-14", Urgency.NORMAL, RECEIVED));

        List<Reminder> onStart = planner.dueNow(entries, state, clockAt("2025-05-13T10:00"));

        assertThat(onStart).extracting(Reminder::key).containsExactly("2:2025-05-14:-1d", "1:2025-05-15:-3d");
        assertThat(onStart.get(1).daysLeft(LocalDate.of(2025, 5, 13))).isEqualTo(2);
    }

    @Test
    void anOverdueDeadlineKeepsItsOnTheDayReminderUntilAcknowledged() {
        List<DeadlineEntry> entries = List.of(entry(1, DeadlineKind.SUBMIT, "2025-05-15", Urgency.NORMAL, RECEIVED));

        List<Reminder> weekLater = planner.dueNow(entries, state, clockAt("2025-05-22T08:30"));

        assertThat(weekLater).singleElement().satisfies(r -> {
            assertThat(r.trigger()).isEqualTo(Reminder.Trigger.ON_DUE_DAY);
            assertThat(r.daysLeft(LocalDate.of(2025, 5, 22))).isEqualTo(-7);
        });
    }

    @Test
    void doneDeadlinesDoNotRemind() {
        DeadlineEntry open = entry(1, DeadlineKind.SUBMIT, "2025-05-15", Urgency.MOST_URGENT, RECEIVED);
        DeadlineEntry done = new DeadlineEntry(open.deadline().withStatus(DeadlineStatus.DONE, "ส่งแล้ว",
                LocalDate.of(2025, 5, 1), "มท 1234/567"), open.letter());
        assertThat(planner.dueNow(List.of(done), state, clockAt("2025-05-15T09:00"))).isEmpty();
        assertThat(planner.schedule(done)).isEmpty();
    }

    @Test
    void aPostponedDeadlineRemindsAgain() {
        DeadlineEntry first = entry(1, DeadlineKind.SUBMIT, "2025-05-15", Urgency.NORMAL, RECEIVED);
        state.acknowledge(planner.dueNow(List.of(first), state, clockAt("2025-05-15T09:00")).get(0).key(),
                clockAt("2025-05-15T09:00").instant());
        DeadlineEntry postponed = new DeadlineEntry(first.deadline().withDue(LocalDate.of(2025, 5, 22)), first.letter());

        assertThat(planner.dueNow(List.of(postponed), state, clockAt("2025-05-16T09:00")))
                .extracting(Reminder::key).containsExactly("1:2025-05-22:-7d");
    }

    @Test
    void schedulesMeetingRemindersAtEightInTheMorning() {
        DeadlineEntry meeting = entry(6, DeadlineKind.MEETING, LocalDate.of(2025, 5, 20), null, LocalTime.of(13, 30),
                Urgency.NORMAL, LocalDateTime.parse(RECEIVED));
        assertThat(planner.schedule(meeting)).extracting(Reminder::firesAt)
                .containsExactly(LocalDateTime.of(2025, 5, 19, 8, 0), LocalDateTime.of(2025, 5, 20, 8, 0));
        assertThat(planner.nextChange(List.of(meeting), state, clockAt("2025-05-19T08:00")))
                .contains(LocalDateTime.of(2025, 5, 20, 8, 0));
        assertThat(planner.nextChange(List.of(meeting), state, clockAt("2025-05-20T08:00"))).isEmpty();
    }
}
