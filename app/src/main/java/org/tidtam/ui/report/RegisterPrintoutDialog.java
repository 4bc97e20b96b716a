package org.tidtam.ui.report;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.tidtam.app.StoreReportSource;
import org.tidtam.report.RegisterPrintout;
import org.tidtam.report.ReportFormat;
import org.tidtam.report.ReportService;
import org.tidtam.report.ReportSource;
import org.tidtam.report.SummaryOptions;
import org.tidtam.ui.common.Styles;
import org.tidtam.ui.common.ThaiDatePickers;
import org.tidtam.ui.common.UiContext;

/**
 * The register printout (ทะเบียนหนังสือรับ in the regulation's columns): received from / to in พ.ศ. (this month
 * by default), PDF or XLSX, then the common save flow. Rows are read and written off the FX thread.
 */
final class RegisterPrintoutDialog {
    private final UiContext ctx;
    private final ReportScreens screens;

    RegisterPrintoutDialog(UiContext ctx, ReportScreens screens) {
        this.ctx = ctx;
        this.screens = screens;
    }

    /** What the user chose. */
    record Choice(LocalDate from, LocalDate to, ReportFormat format, boolean showSecret) { }

    void show(Stage owner) {
        LocalDate today = LocalDate.now(ctx.clock());
        DatePicker from = ThaiDatePickers.create("registerFrom", ctx.text("reportui.register.from"));
        DatePicker to = ThaiDatePickers.create("registerTo", ctx.text("reportui.register.to"));
        from.setValue(today.withDayOfMonth(1));
        to.setValue(today.with(TemporalAdjusters.lastDayOfMonth()));
        ToggleGroup formats = new ToggleGroup();
        RadioButton pdf = radio("formatPdf", "reportui.export.pdf", formats);
        RadioButton xlsx = radio("formatXlsx", "reportui.export.xlsx", formats);
        pdf.setSelected(true);
        CheckBox secret = new CheckBox(ctx.text("reportui.showSecret"));
        secret.setId("registerSecret");
        secret.setSelected(ctx.core().settings().showClassifiedSubjects());
        Label problem = new Label();
        problem.setId("registerProblem");
        problem.getStyleClass().add("field-error");

        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(ctx.text("reportui.register.title"));
        ButtonType save = new ButtonType(ctx.text("reportui.register.save"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(ctx.text("ui.button.back"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        dialog.getDialogPane().setId("registerDialog");
        dialog.getDialogPane().lookupButton(save).setId("registerSave");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(ctx.text("reportui.register.from")), from);
        grid.addRow(1, new Label(ctx.text("reportui.register.to")), to);
        grid.addRow(2, new Label(ctx.text("reportui.register.format")), new HBox(12, pdf, xlsx));
        grid.add(secret, 1, 3);
        grid.add(problem, 0, 4, 2, 1);
        dialog.getDialogPane().setContent(grid);
        Styles.apply(dialog.getDialogPane());
        Runnable check = () -> problem.setText(rangeProblem(from.getValue(), to.getValue()));
        from.valueProperty().addListener((o, a, b) -> check.run());
        to.valueProperty().addListener((o, a, b) -> check.run());
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(problem.textProperty().isNotEmpty());
        dialog.setResultConverter(b -> b == save ? new Choice(from.getValue(), to.getValue(),
                xlsx.isSelected() ? ReportFormat.XLSX : ReportFormat.PDF, secret.isSelected()) : null);
        dialog.showAndWait().ifPresent(choice -> save(owner, choice));
    }

    private String rangeProblem(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return ctx.text("reportui.register.missing");
        }
        return to.isBefore(from) ? ctx.text("reportui.register.backwards", ThaiDatePickers.format(from),
                ThaiDatePickers.format(to)) : "";
    }

    void save(Stage owner, Choice c) {
        SaveRequest request = screens.request("reportui.register.saveTitle",
                FileNames.register(ctx.messages(), c.from(), c.to(), c.format()),
                "reportui.filter." + c.format().extension(), c.format().extension());
        var exporter = screens.exporter();
        screens.flow().save(owner, request, screens.busyCursor(), (file, force) -> {
            SummaryOptions options = SummaryOptions.defaults().withSecretSubjects(c.showSecret());
            try (ReportSource source = StoreReportSource.shared(ctx.core())) {
                RegisterPrintout printout = new ReportService(source, ctx.clock(), options).register(c.from(), c.to());
                exporter.exportRegister(printout, c.format(), file, force);
            }
        });
    }

    private RadioButton radio(String id, String key, ToggleGroup group) {
        RadioButton r = new RadioButton(ctx.text(key));
        r.setId(id);
        r.setToggleGroup(group);
        return r;
    }
}
