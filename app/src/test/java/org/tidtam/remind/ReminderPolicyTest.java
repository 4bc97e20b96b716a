package org.tidtam.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.Urgency;

class ReminderPolicyTest {
    private final ReminderPolicy defaults = ReminderPolicy.defaults();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            REPORT,   7d@08:00 3d@08:00 1d@08:00 0d@08:00
            SUBMIT,   7d@08:00 3d@08:00 1d@08:00 0d@08:00
            DISBURSE, 7d@08:00 3d@08:00 1d@08:00 0d@08:00
            OTHER,    7d@08:00 3d@08:00 1d@08:00 0d@08:00
            REPLY,    2d@08:00 1d@08:00 0d@08:00
            MEETING,  1d@08:00 0d@08:00
            PERIOD,   1d@08:00 0d@08:00
            """, ignoreLeadingAndTrailingWhitespace = true)
    void defaultRules(DeadlineKind kind, String expected) {
        assertThat(defaults.rulesFor(kind, Urgency.NORMAL)).map(ReminderRule::toString)
                .containsExactly(expected.split(" "));
    }

    @Test
    void onlyMostUrgentLettersRemindOnReceiptByDefault() {
        assertThat(defaults.remindsOnReceipt(Urgency.MOST_URGENT)).isTrue();
        assertThat(defaults.remindsOnReceipt(Urgency.VERY_URGENT)).isFalse();
        assertThat(defaults.remindsOnReceipt(Urgency.NORMAL)).isFalse();
    }

    @Test
    void editsMakeCopiesAndUrgencyAddsRules() {
        ReminderPolicy edited = defaults
                .withRules(DeadlineKind.REPLY, List.of(ReminderRule.daysBefore(5), ReminderRule.onTheDay()))
                .withExtraRules(Urgency.VERY_URGENT, List.of(new ReminderRule(1, LocalTime.of(13, 0))))
                .withReceiptReminder(Urgency.VERY_URGENT, true);

        assertThat(edited.rulesFor(DeadlineKind.REPLY, Urgency.NORMAL)).map(ReminderRule::toString)
                .containsExactly("5d@08:00", "0d@08:00");
        assertThat(edited.rulesFor(DeadlineKind.REPLY, Urgency.VERY_URGENT)).map(ReminderRule::toString)
                .containsExactly("5d@08:00", "1d@13:00", "0d@08:00");
        assertThat(edited.remindsOnReceipt(Urgency.VERY_URGENT)).isTrue();
        assertThat(defaults.rulesFor(DeadlineKind.REPLY, Urgency.NORMAL)).hasSize(3);
    }

    @Test
    void roundTripsThroughJson() {
        ReminderPolicy edited = defaults.withRules(DeadlineKind.MEETING, List.of(new ReminderRule(2, LocalTime.of(9, 30))))
                .withExtraRules(Urgency.URGENT, List.of(ReminderRule.daysBefore(10)));
        String json = ReminderPolicyJson.write(edited);

        assertThat(json).contains("\"09:30\"").contains("MEETING").contains("MOST_URGENT");
        assertThat(ReminderPolicyJson.read(json)).isEqualTo(edited);
    }

    @Test
    void aKindMissingFromStoredJsonKeepsItsDefaults() {
        ReminderPolicy read = ReminderPolicyJson.read(
                "{\"byKind\":{\"REPLY\":[{\"daysBefore\":4,\"at\":\"08:00\"}]},\"remindOnReceipt\":[]}");

        assertThat(read.rulesFor(DeadlineKind.REPLY, Urgency.NORMAL)).map(ReminderRule::toString).containsExactly("4d@08:00");
        assertThat(read.rulesFor(DeadlineKind.REPORT, Urgency.NORMAL)).hasSize(4);
        assertThat(read.remindsOnReceipt(Urgency.MOST_URGENT)).isFalse();
        assertThat(ReminderPolicyJson.read("  ")).isEqualTo(defaults);
    }

    @Test
    void badJsonIsAClearError() {
        assertThatThrownBy(() -> ReminderPolicyJson.read("{\"byKind\":{\"REPLY\":[{\"daysBefore\":-3}]}}"))
                .isInstanceOfSatisfying(TidtamException.class, e -> {
                    assertThat(e.key()).isEqualTo("remind.policy.invalid");
                    assertThat(e.getMessage()).contains("-3");
                });
        assertThatThrownBy(() -> ReminderPolicyJson.read("{not json"))
                .isInstanceOf(TidtamException.class);
    }
}
