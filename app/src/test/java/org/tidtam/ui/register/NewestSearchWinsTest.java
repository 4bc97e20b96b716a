package org.tidtam.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.tidtam.letter.Urgency;
import org.tidtam.ui.ScreenFixture;
import org.tidtam.ui.common.QueuedTaskRunner;

/** A search answered after a newer one was asked for is dropped, and a queued stale one does no work. */
@ExtendWith(ApplicationExtension.class)
class NewestSearchWinsTest {
    @RegisterExtension
    final ScreenFixture screen = ScreenFixture.at(FindScreenTest.CLOCK);
    private final QueuedTaskRunner runner = new QueuedTaskRunner();
    private RegisterViewModel model;

    @Start
    void start(Stage stage) {
        FindScreenTest.letter("มท 1", "กรมการปกครอง", "ขอเชิญประชุม").urgency(Urgency.MOST_URGENT)
                .registerIn(screen.core());
        FindScreenTest.letter("มท 2", "จังหวัดขอนแก่น", "แจ้งผล").registerIn(screen.core());
        AtomicReference<Throwable> failed = new AtomicReference<>();
        model = new RegisterViewModel(screen.context(runner), failed::set);
    }

    @Test
    void anOlderAnswerArrivingLastIsDropped(FxRobot robot) {
        robot.interact(() -> {
            model.filters().urgencyProperty().set(Urgency.MOST_URGENT);
            model.filters().textProperty().set("ขอนแก่น");
            model.searchNow();
        });
        assertThat(runner.pending()).isEqualTo(2);
        robot.interact(() -> {
            runner.run(1); // the newest answers first
            runner.run(0); // the older one comes late
        });
        assertThat(model.shownProperty().get().text()).isEqualTo("ขอนแก่น");
        assertThat(model.countProperty().get()).as("ขอนแก่น and most urgent: none").isZero();
        assertThat(model.searchingProperty().get()).isFalse();
    }

    @Test
    void aSupersededSearchStillQueuedDoesNoWork(FxRobot robot) {
        robot.interact(() -> {
            model.filters().urgencyProperty().set(Urgency.MOST_URGENT);
            model.filters().urgencyProperty().set(Urgency.NORMAL);
        });
        robot.interact(runner::runAll);
        assertThat(model.shownProperty().get().urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(model.countProperty().get()).isEqualTo(1);
    }
}
