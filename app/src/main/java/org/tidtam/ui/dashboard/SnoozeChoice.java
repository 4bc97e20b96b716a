package org.tidtam.ui.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.tidtam.ui.common.Styles;
import org.tidtam.ui.common.UiContext;

/** Until when a reminder is snoozed: an hour, this afternoon, tomorrow morning, next Monday morning. */
final class SnoozeChoice {
    /** One choice and the instant it means. */
    record Option(String label, Instant until) {
        @Override
        public String toString() { return label; }
    }

    private final UiContext ctx;

    SnoozeChoice(UiContext ctx) { this.ctx = ctx; }

    static List<Option> options(UiContext ctx, Clock clock) {
        var now = java.time.ZonedDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        return List.of(new Option(ctx.text("dashboard.snooze.hour"), now.plus(Duration.ofHours(1)).toInstant()),
                new Option(ctx.text("dashboard.snooze.tomorrow"), at(today.plusDays(1), clock)),
                new Option(ctx.text("dashboard.snooze.monday"), at(monday, clock)));
    }

    private static Instant at(LocalDate day, Clock clock) {
        return day.atTime(LocalTime.of(8, 0)).atZone(clock.getZone()).toInstant();
    }

    Optional<Instant> ask(Window owner) {
        List<Option> options = options(ctx, ctx.clock());
        ChoiceDialog<Option> dialog = new ChoiceDialog<>(options.get(1), options);
        dialog.initOwner(owner);
        dialog.setTitle(ctx.text("dashboard.snooze.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(ctx.text("dashboard.snooze.until"));
        dialog.getDialogPane().setId("snoozeDialog");
        Styles.apply(dialog.getDialogPane());
        return dialog.showAndWait().map(Option::until);
    }
}
