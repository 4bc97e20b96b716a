package org.tidtam.ui.backup;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tidtam.backup.BackupAge;
import org.tidtam.ui.common.UiContext;

/**
 * The bars under the menu: the read-only banner when another Tidtam holds the lock, and the backup warning
 * when there is no backup or the newest is more than {@link BackupAge#WARN_AFTER_DAYS} days old.
 */
final class SafetyBars {
    private final VBox node = new VBox();

    /** The banner in the window's language (Core's own banner speaks the configured one). */
    SafetyBars(UiContext ctx, BackupModel backups) {
        ctx.core().lock().banner(ctx.messages()).ifPresent(text -> node.getChildren().add(banner(text)));
        node.getChildren().add(backupWarning(ctx, backups));
    }

    VBox node() { return node; }

    private static Label banner(String text) {
        Label banner = new Label(text);
        banner.setId("readOnlyBanner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.getStyleClass().add("read-only-banner");
        return banner;
    }

    private static HBox backupWarning(UiContext ctx, BackupModel backups) {
        Label text = new Label();
        text.setId("backupWarningText");
        text.setWrapText(true);
        Button now = new Button(ctx.text("safety.pane.backupNow"));
        now.setId("warningBackupNow");
        now.setOnAction(e -> backups.backupNow());
        now.disableProperty().bind(backups.busyProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox bar = new HBox(12, text, now);
        bar.setId("backupWarning");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("backup-warning");
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
        backups.ageProperty().addListener((o, was, age) -> {
            bar.setVisible(age != null && age.isStale());
            text.setText(age == null ? "" : age.describe(ctx.messages()));
        });
        return bar;
    }
}
