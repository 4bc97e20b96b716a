package org.tidtam.ui.backup;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.tidtam.backup.BackupAge;
import org.tidtam.ui.common.UiContext;

/**
 * Backup and restore, for a tab of the settings window: the backup folder (changeable), the newest backup's
 * age and file, "back up now" with a progress mark, and "restore…". Get it from {@link SafetyView#backupPane()}.
 */
public final class BackupPane {
    private final VBox root = new VBox(10);

    BackupPane(UiContext ctx, BackupModel model, Runnable changeFolder, Runnable restore) {
        root.setId("backupPane");
        root.setPadding(new Insets(12));
        Label title = new Label(ctx.text("safety.pane.title"));
        title.getStyleClass().add("form-label");
        Label folder = new Label();
        folder.setId("backupFolder");
        folder.textProperty().bind(model.folderProperty().map(Path::toString).orElse(""));
        Button change = button(ctx, "changeBackupFolder", "safety.pane.change", changeFolder);
        change.disableProperty().bind(model.busyProperty());
        Label age = new Label();
        age.setId("backupAge");
        age.setWrapText(true);
        age.textProperty().bind(model.ageProperty().map(a -> describe(ctx, a)).orElse(""));
        Button now = button(ctx, "backupNowButton", "safety.pane.backupNow", model::backupNow);
        Button restoreButton = button(ctx, "restoreButton", "safety.pane.restore", restore);
        now.disableProperty().bind(model.busyProperty());
        restoreButton.disableProperty().bind(model.busyProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.busyProperty());
        Label activity = new Label();
        activity.setId("backupActivity");
        activity.textProperty().bind(model.activityProperty());
        Label auto = new Label(ctx.text("safety.pane.auto"));
        auto.setWrapText(true);
        root.getChildren().addAll(title, row(new Label(ctx.text("safety.pane.folder")), folder, change), age,
                row(now, restoreButton, progress, activity), auto);
    }

    public Node node() { return root; }

    private static String describe(UiContext ctx, BackupAge age) {
        String line = age.describe(ctx.messages());
        return age.exists() ? line + "\n" + ctx.text("safety.pane.newestFile", age.file().getFileName()) : line;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Button button(UiContext ctx, String id, String key, Runnable action) {
        Button b = new Button(ctx.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
