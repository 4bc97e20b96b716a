package org.tidtam.ui.dashboard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.tidtam.remind.Bucket;
import org.tidtam.ui.common.UiContext;

/**
 * The dashboard's buckets as one row of toggles, each with its count; the table below lists the chosen one.
 * One table instead of a table per bucket: six tables inside a scrolling pane each scrolled on their own,
 * and building and styling them was a quarter of the window's start on a large register.
 * Left and Right move between buckets, as in a tab row.
 */
final class BucketBar {
    private final HBox bar = new HBox(4);
    private final ToggleGroup group = new ToggleGroup();

    BucketBar(UiContext ctx, DashboardViewModel model, List<Bucket> shown) {
        bar.setId("bucketBar");
        bar.getStyleClass().add("bucket-bar");
        for (Bucket b : shown) {
            ToggleButton toggle = new ToggleButton();
            toggle.setId("bucket-" + b.name());
            toggle.setUserData(b);
            toggle.setToggleGroup(group);
            toggle.textProperty().bind(Bindings.createStringBinding(() -> ctx.text("dashboard.bucketCount",
                    ctx.text("remind.bucket." + b.name()), model.bucket(b).size()), model.bucket(b)));
            bar.getChildren().add(toggle);
        }
        select(model.shownBucket().get());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was); // one bucket is always shown: a second click does not empty the table
            } else if (now.getUserData() != model.shownBucket().get()) {
                model.pick((Bucket) now.getUserData());
            }
        });
        model.shownBucket().addListener((o, was, now) -> select(now));
        bar.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) {
                move(e.getCode() == KeyCode.RIGHT ? 1 : -1);
                e.consume();
            }
        });
    }

    Node node() { return bar; }

    private void select(Bucket b) {
        group.getToggles().stream().filter(t -> t.getUserData() == b).findFirst().ifPresent(group::selectToggle);
    }

    private void move(int step) {
        List<Toggle> toggles = group.getToggles();
        int at = toggles.indexOf(group.getSelectedToggle());
        int next = Math.floorMod(at + step, toggles.size());
        group.selectToggle(toggles.get(next));
        ((ToggleButton) toggles.get(next)).requestFocus();
    }
}
