package org.tidtam.ui.dashboard;

import java.util.function.Supplier;
import org.tidtam.app.Core;
import org.tidtam.remind.ReminderPlanner;
import org.tidtam.remind.ReminderStateRepository;
import org.tidtam.store.DeadlineStore;

/** What the dashboard needs from the core, handed down by the composition root. */
public record DeadlineServices(DeadlineStore deadlines, ReminderStateRepository states,
                               Supplier<ReminderPlanner> planner) {

    public static DeadlineServices of(Core core) {
        return new DeadlineServices(core.deadlineStore(), core.reminderStates(), core::reminderPlanner);
    }
}
