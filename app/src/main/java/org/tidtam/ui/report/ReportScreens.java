package org.tidtam.ui.report;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.tidtam.app.CalendarFile;
import org.tidtam.report.ExportSettings;
import org.tidtam.report.ReportExporter;
import org.tidtam.ui.common.UiContext;

/**
 * The export menu's screens: the weekly preview (Ctrl+P), the register printout and the calendar file.
 * The main window makes one and calls it; tests replace the save dialog through {@link #useChooser}.
 * Remembers the folder of the last export for the next save dialog.
 */
public final class ReportScreens {
    private final UiContext ctx;
    private final Stage owner;
    private SaveChooser chooser = SaveChooser.system();
    private Path folder;
    private WeeklyPreviewView weekly;

    public ReportScreens(UiContext ctx, Stage owner) {
        this.ctx = ctx;
        this.owner = owner;
        this.folder = defaultFolder();
    }

    /** Replaces the system's save dialog (tests). */
    public void useChooser(SaveChooser other) { this.chooser = other; }

    /** Opens the weekly preview on this week, or brings the open one to the front. */
    public WeeklyPreviewView showWeekly() {
        if (weekly == null || !weekly.isShowing()) {
            weekly = new WeeklyPreviewView(ctx, new WeeklyPreviewModel(ctx), this);
            weekly.show(owner);
        } else {
            weekly.toFront();
        }
        return weekly;
    }

    public void showRegister() { new RegisterPrintoutDialog(ctx, this).show(owner); }

    /** Saves every open deadline as an iCalendar file. */
    public void exportCalendar() {
        var request = request("reportui.calendar.title", FileNames.calendar(ctx.messages(), ctx.now().toLocalDate()),
                "reportui.filter.ics", "ics");
        flow().save(owner, request, busyCursor(), (file, force) -> CalendarFile.write(ctx.core(), file, force));
    }

    /** The main window shows a waiting cursor while a file is written from a closed dialog. */
    java.util.function.Consumer<Boolean> busyCursor() {
        return busy -> {
            if (owner.getScene() != null) {
                owner.getScene().setCursor(busy ? javafx.scene.Cursor.WAIT : javafx.scene.Cursor.DEFAULT);
            }
        };
    }

    ExportFlow flow() { return new ExportFlow(ctx, chooser, file -> folder = file.getParent()); }

    SaveRequest request(String titleKey, String fileName, String filterKey, String extension) {
        return new SaveRequest(ctx.text(titleKey), folder, fileName, ctx.text(filterKey), extension);
    }

    ReportExporter exporter() { return new ReportExporter(ExportSettings.of(ctx.messages())); }

    private static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home", "."));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}
