package org.tidtam.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tidtam.i18n.Messages;
import org.tidtam.store.RegisterRow;
import org.tidtam.ui.common.UiContext;

/** At 1280 px the register's default columns fit without sideways scrolling; the subject takes the spare width. */
@ExtendWith(ApplicationExtension.class)
class RegisterColumnsTest {
    private TableView<RegisterRow> table;
    private Stage own;

    /** A stage of its own: a scene left on the shared primary stage would shrink the next test class's window. */
    @Start
    void start(Stage primary) {
        table = new TableView<>();
        RegisterColumns.install(table, new UiContext(Messages.thai(), null, null, null));
        own = new Stage();
        own.setScene(new Scene(new StackPane(table), 1280, 600));
        own.show();
    }

    @AfterEach
    void close(FxRobot robot) { robot.interact(own::close); }

    @Test
    void theDefaultColumnsFitA1280PixelWindowAndTheSubjectIsTheWidest() {
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(visibleWidth()).isLessThanOrEqualTo(table.getWidth());
        assertThat(column("subject").getWidth()).isGreaterThan(SubjectWidth.MIN);
        assertThat(table.getVisibleLeafColumns()).allSatisfy(c ->
                assertThat(c.getWidth()).isLessThanOrEqualTo(column("subject").getWidth()));
        assertThat(column("receivedTime").isVisible()).isFalse();
        assertThat(column("remarks").isVisible()).isFalse();
        assertThat(table.isTableMenuButtonVisible()).as("hidden columns can be shown").isTrue();
    }

    @Test
    void theSubjectTakesWhatTheOtherColumnsAndTheWindowLeave(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double at1280 = column("subject").getWidth();

        robot.interact(() -> column("sender").setPrefWidth(column("sender").getWidth() - 100));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(column("subject").getWidth()).isCloseTo(at1280 + 100, Offset.offset(2.0));

        robot.interact(() -> column("remarks").setVisible(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(column("subject").getWidth()).isCloseTo(at1280 + 100 - column("remarks").getWidth(),
                Offset.offset(2.0));
        assertThat(visibleWidth()).isLessThanOrEqualTo(table.getWidth());

        robot.interact(() -> own.setWidth(own.getWidth() - 30));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleWidth()).isLessThanOrEqualTo(table.getWidth());
    }

    private double visibleWidth() {
        return table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
    }

    private TableColumn<RegisterRow, ?> column(String name) {
        return table.getColumns().stream().filter(c -> c.getId().equals("col-" + name)).findFirst().orElseThrow();
    }
}
