package org.tidtam.ui.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tidtam.app.StoreReportSource;
import org.tidtam.report.ReportExporter;
import org.tidtam.report.ReportFormat;
import org.tidtam.report.ReportService;
import org.tidtam.report.ReportSource;
import org.tidtam.report.ReportText;
import org.tidtam.report.WeeklyDocument;
import org.tidtam.report.SummaryOptions;
import org.tidtam.report.Week;
import org.tidtam.report.WeeklySummary;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.UiContext;

/**
 * The weekly preview's state: the chosen day (any day of the week), whether classified subjects show,
 * and the summary built for them off the FX thread. The summary shown is the one exported, so the file
 * always matches the preview.
 */
public final class WeeklyPreviewModel {
    private final UiContext ctx;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final BooleanProperty showSecret = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<WeeklyPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private Consumer<Throwable> errors = e -> { };

    public WeeklyPreviewModel(UiContext ctx) {
        this.ctx = ctx;
        day.set(today());
        day.addListener((o, was, now) -> {
            if (now == null) {
                day.set(was == null ? today() : was);
            } else if (was == null || !Week.of(was).equals(Week.of(now))) {
                reload();
            }
        });
        showSecret.set(ctx.core().settings().showClassifiedSubjects()); // the office's choice; the box overrides it
        showSecret.addListener((o, was, now) -> reload());
    }

    void onError(Consumer<Throwable> handler) { this.errors = handler; }

    public ObjectProperty<LocalDate> dayProperty() { return day; }

    public BooleanProperty showSecretProperty() { return showSecret; }

    public ReadOnlyObjectProperty<WeeklyPreview> previewProperty() { return preview.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    void setBusy(boolean on) { busy.set(on); }

    public void previousWeek() { day.set(day.get().minusWeeks(1)); }

    public void nextWeek() { day.set(day.get().plusWeeks(1)); }

    public void thisWeek() { day.set(today()); }

    /** Builds the summary of the chosen week again (after a change in the register, or on opening). */
    public void reload() {
        LocalDate chosen = day.get();
        SummaryOptions options = SummaryOptions.defaults().withSecretSubjects(showSecret.get());
        busy.set(true);
        ctx.runner().submit(BackgroundTask.of(() -> build(chosen, options))
                .onSuccess(s -> {
                    busy.set(false);
                    preview.set(s);
                })
                .onError(Throwable.class, e -> {
                    busy.set(false);
                    errors.accept(e);
                }));
    }

    private WeeklyPreview build(LocalDate chosen, SummaryOptions options) {
        try (ReportSource source = StoreReportSource.shared(ctx.core())) {
            WeeklySummary s = new ReportService(source, ctx.clock(), options).weekly(chosen);
            return new WeeklyPreview(s, new WeeklyDocument(new ReportText(ctx.messages(), false)).of(s));
        }
    }

    /** Writes the summary shown; called off the FX thread by the save flow. */
    void export(WeeklySummary shown, ReportExporter exporter, ReportFormat format, Path file, boolean force) {
        exporter.exportWeekly(shown, format, file, force);
    }

    private LocalDate today() { return LocalDate.now(ctx.clock()); }
}
