package org.tidtam.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.remind.ReminderPolicy;
import org.tidtam.remind.ReminderRule;

class SqliteSettingsTest {
    @TempDir Path dir;

    @Test
    void classifiedOptionsAreOffUntilSavedAndKeptAfterReopening() {
        Path file = dir.resolve("s.db");
        try (Database db = Database.open(file)) {
            SqliteSettings settings = new SqliteSettings(db);
            assertThat(settings.keepClassifiedContent()).isFalse();
            assertThat(settings.showClassifiedSubjects()).isFalse();
            settings.saveClassified(true, false);
            ReminderPolicy policy = ReminderPolicy.defaults()
                    .withRules(DeadlineKind.REPLY, List.of(ReminderRule.daysBefore(5), ReminderRule.onTheDay()));
            settings.saveReminderPolicy(policy);
        }
        try (Database db = Database.open(file)) {
            SqliteSettings settings = new SqliteSettings(db);
            assertThat(settings.keepClassifiedContent()).isTrue();
            assertThat(settings.showClassifiedSubjects()).isFalse();
            assertThat(settings.reminderPolicy().rulesFor(DeadlineKind.REPLY, org.tidtam.letter.Urgency.NORMAL))
                    .extracting(ReminderRule::daysBefore).containsExactly(5, 0);
        }
    }
}
