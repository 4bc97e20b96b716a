package org.tidtam.ui.main;

import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.tidtam.letter.Letter;
import org.tidtam.store.RegisterRow;
import org.tidtam.ui.audit.AuditView;
import org.tidtam.ui.backup.SafetyView;
import org.tidtam.ui.calendar.CalendarView;
import org.tidtam.ui.cancel.CancelDialog;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.Dialogs;
import org.tidtam.ui.common.UiContext;
import org.tidtam.ui.dashboard.DashboardView;
import org.tidtam.ui.dashboard.DashboardViewModel;
import org.tidtam.ui.dashboard.DeadlineServices;
import org.tidtam.ui.detail.DetailView;
import org.tidtam.ui.importing.FileDrop;
import org.tidtam.ui.importing.ImportDialog;
import org.tidtam.ui.importing.LetterFileChooser;
import org.tidtam.ui.letterform.LetterFormView;
import org.tidtam.ui.letterform.LetterFormViewModel;
import org.tidtam.ui.register.RegisterView;
import org.tidtam.ui.register.RegisterViewModel;
import org.tidtam.ui.report.ReportScreens;
import org.tidtam.ui.review.ReviewScreen;
import org.tidtam.ui.review.ReviewServices;
import org.tidtam.ui.tray.StageTray;
import org.tidtam.ui.settings.SettingsWindow;

/**
 * The main window's content: the menu bar over the register screen, and the actions that open the other
 * screens (new letter, edit, cancel, history). Later screens (dashboard, settings) hang off this class.
 */
public final class MainWindow implements RegisterView.Actions, DashboardView.Actions {
    private final UiContext ctx;
    private final Stage stage;
    private final Consumer<String> languageSwitch;
    private final RegisterViewModel registerModel;
    /** Built when first needed: its tab is not the one the window opens on. */
    private RegisterView register;
    private final DashboardView dashboard;
    private CalendarView calendar;
    private final StageTray tray;
    private final BorderPane root = new BorderPane();
    private final ReviewServices review;
    private ReportScreens reports;
    private SafetyView safety;

    public MainWindow(UiContext ctx, Stage stage, Consumer<String> languageSwitch, ReviewServices review) {
        this(ctx, stage, languageSwitch, null, review);
    }

    /** With deadline services the window opens on the dashboard, the register in a second tab. */
    public MainWindow(UiContext ctx, Stage stage, Consumer<String> languageSwitch, DeadlineServices deadlines,
                      ReviewServices review) {
        this.ctx = ctx;
        this.review = review;
        this.stage = stage;
        this.languageSwitch = languageSwitch;
        this.registerModel = new RegisterViewModel(ctx, this::showError);
        root.setId("mainWindow");
        this.tray = StageTray.attach(stage, ctx.messages());
        root.setTop(new MainMenu(ctx, this).build());
        this.dashboard = deadlines == null ? null : new DashboardView(ctx,
                new DashboardViewModel(deadlines, ctx.runner(), ctx.clock(), ctx.user(), this::showError), this);
        root.setCenter(dashboard == null ? register().node() : tabs());
        FileDrop.install(root, this::reviewFile, this::importDropped);
    }

    /**
     * The dashboard, the register and the calendar. The calendar is built when its tab is first chosen:
     * its month sheet is the largest screen, and styling it before the window first shows slowed the start.
     */
    private TabPane tabs() {
        Tab dash = new Tab(ctx.text("dashboard.tab"), dashboard.node());
        dash.setId("dashboardTab");
        Tab reg = new Tab(ctx.text("dashboard.registerTab"));
        reg.setId("registerTab");
        fillOnFirstSelection(reg, () -> register().node());
        Tab cal = new Tab(ctx.text("calendar.tab"));
        cal.setId("calendarTab");
        fillOnFirstSelection(cal, () -> calendar().node());
        cal.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                calendar().model().refresh();
                javafx.application.Platform.runLater(calendar()::focus);
            }
        });
        TabPane tabs = new TabPane(dash, reg, cal);
        tabs.setId("mainTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private static void fillOnFirstSelection(Tab tab, java.util.function.Supplier<javafx.scene.Node> content) {
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content.get());
                }
            }
        });
    }

    /** A calendar not built yet loads when its tab is chosen. */
    private void refreshCalendar() {
        if (calendar != null) {
            calendar.model().refresh();
        }
    }

    private CalendarView calendar() {
        if (calendar == null) {
            calendar = CalendarView.of(ctx, this::openLetter, this::showError);
        }
        return calendar;
    }

    /** Puts the read-only banner and backup warning under the menu and the check's status line at the bottom. */
    public void attachSafety(SafetyView view) {
        this.safety = view;
        root.setTop(new javafx.scene.layout.VBox(root.getTop(), view.top()));
        root.setBottom(view.bottom());
    }

    /** Backup, restore, status line and banner; null until {@link #attachSafety}. */
    public SafetyView safety() { return safety; }

    /** The dashboard, or null when the window was built without deadline services. */
    public DashboardView dashboard() { return dashboard; }

    @Override
    public void openLetter(long letterId) { detail().open(stage, letterId, null); }

    @Override
    public void openLetter(long letterId, long deadlineId) { detail().open(stage, letterId, deadlineId); }

    @Override
    public void open(RegisterRow row) { openLetter(row.id()); }

    private DetailView detail() { return new DetailView(ctx, this::openEditor); }

    public Parent root() { return root; }

    /** The register screen, built on first use (its tab is not the one the window opens on). */
    public RegisterView register() {
        if (register == null) {
            register = new RegisterView(ctx, registerModel, this);
        }
        return register;
    }

    /** The register's state, which loads at the start whether or not its screen was built. */
    public RegisterViewModel registerModel() { return registerModel; }

    /**
     * The first loads, the dashboard's first: it is the screen the window opens on. The register check
     * starts once the register's first page is in: on a large register it reads for half a minute and would
     * otherwise compete with the loads the clerk is waiting for.
     */
    public void start() {
        if (dashboard != null) {
            dashboard.start();
        }
        registerModel.refresh(() -> {
            if (safety != null) {
                safety.start();
            }
        });
    }

    @Override
    public void newLetter() {
        if (refusedReadOnly()) {
            return;
        }
        reviewScreen().show(stage);
    }

    /** The new-letter screen; after a save the register shows the entry and the deadlines reload. */
    private ReviewScreen reviewScreen() {
        return new ReviewScreen(ctx, review, saved -> {
            register().showSaved(saved);
            if (dashboard != null) {
                dashboard.model().refresh(); // the letter may have moved an earlier deadline
                refreshCalendar();
            }
        });
    }

    @Override
    public void edit(RegisterRow row) {
        if (refusedReadOnly()) {
            return;
        }
        ctx.runner().submit(BackgroundTask.of(() -> ctx.store().get(row.id()))
                .onSuccess(found -> found.ifPresent(this::openEditor))
                .onError(Throwable.class, this::showError));
    }

    private void openEditor(Letter letter) {
        var model = new LetterFormViewModel(ctx.store(), ctx.messages(), ctx.user(), letter, ctx.now());
        new LetterFormView(ctx, model, saved -> {
            register().reloadKeepingSelection();
            if (dashboard != null) {
                dashboard.model().refresh();
            }
        }).show(stage);
    }

    @Override
    public void cancel(RegisterRow row) {
        if (refusedReadOnly()) {
            return;
        }
        if (row.cancelled()) {
            Dialogs.showInfo(stage, ctx.messages(), ctx.text("ui.cancel.title"), ctx.text("ui.cancel.already"));
            return;
        }
        new CancelDialog(ctx).ask(stage, row).ifPresent(reason ->
                ctx.runner().submit(BackgroundTask.of(() -> ctx.store().cancel(row.id(), reason, ctx.user()))
                        .onSuccess(letter -> register().reloadKeepingSelection())
                        .onError(Throwable.class, this::showError)));
    }

    @Override
    public void history(RegisterRow row) { new AuditView(ctx).show(stage, row); }

    void editSelected() { withSelection(this::edit); }

    void cancelSelected() { withSelection(this::cancel); }

    void historySelected() { withSelection(this::history); }

    void refresh() {
        registerModel.refresh();
        if (dashboard != null) {
            dashboard.model().refresh();
            refreshCalendar();
        }
    }

    void switchLanguage(String tag) { languageSwitch.accept(tag); }

    void about() {
        Dialogs.showInfo(stage, ctx.messages(), ctx.text("ui.about.title"), ctx.text("ui.about.text",
                String.valueOf(MainWindow.class.getPackage().getImplementationVersion())));
    }

    /** Quits even when the window would hide to the tray. */
    void exit() { tray.mode().exit(); }

    javafx.scene.control.MenuItem trayMenuItem() { return tray.menuItem(ctx.messages()); }

    void openFile() {
        if (!refusedReadOnly()) {
            new LetterFileChooser(ctx).one(stage).ifPresent(this::reviewFile);
        }
    }

    void pasteLetter() {
        if (refusedReadOnly()) {
            return;
        }
        if (!javafx.scene.input.Clipboard.getSystemClipboard().hasString()
                || javafx.scene.input.Clipboard.getSystemClipboard().getString().isBlank()) {
            Dialogs.showInfo(stage, ctx.messages(), ctx.text("importui.paste.title"), ctx.text("importui.paste.empty"));
            return;
        }
        reviewScreen().show(stage).pasteLetter();
    }

    void importFiles() {
        if (!refusedReadOnly()) {
            ImportDialog.of(ctx, this::refresh).show(stage);
        }
    }

    private void reviewFile(java.io.File file) {
        if (!refusedReadOnly()) {
            reviewScreen().show(stage).openFile(file);
        }
    }

    private void importDropped(java.util.List<java.io.File> files) {
        if (!refusedReadOnly()) {
            ImportDialog.of(ctx, this::refresh).show(stage).start(files);
        }
    }

    void exportWeekly() { reports().showWeekly(); }

    void exportRegister() { reports().showRegister(); }

    void exportCalendar() { reports().exportCalendar(); }

    /** The export screens (weekly preview, register printout, calendar file), made on first use. */
    public ReportScreens reports() {
        if (reports == null) {
            reports = new ReportScreens(ctx, stage);
        }
        return reports;
    }

    void backupNow() { withSafety(SafetyView::backupNow); }

    void restore() { withSafety(SafetyView::restore); }

    void settings() { new SettingsWindow(ctx, settingsExtraTabs()).show(stage, this::refresh); }

    /** Tabs other screens add to the settings window: the backup folder, backup now and restore. */
    private java.util.List<Tab> settingsExtraTabs() {
        if (safety == null) {
            return java.util.List.of();
        }
        Tab backups = new Tab(ctx.text("safety.pane.title"), safety.backupPane().node());
        backups.setId("settingsBackupTab");
        return java.util.List.of(backups);
    }

    void detailSelected() { withSelection(this::open); }

    void originalSelected() { withSelection(row -> detail().openOriginal(stage, row.id())); }

    void find() {
        showRegister();
        root.applyCss(); // the tab's content may have just joined the scene: lay it out so it can take focus
        root.layout();
        register().focusSearch();
    }

    void showDashboard() { selectTab("dashboardTab"); }

    void showRegister() { selectTab("registerTab"); }

    void showCalendar() { selectTab("calendarTab"); }

    void copyDiagnostics() { withSafety(SafetyView::copyDiagnostics); }

    private void withSafety(Consumer<SafetyView> action) {
        if (safety != null) {
            action.accept(safety);
        }
    }

    /** A second Tidtam may look but not write: say so with the lock's message (who holds it). */
    private boolean refusedReadOnly() { return safety != null && safety.refuseWhenReadOnly(); }

    private void selectTab(String id) {
        if (root.getCenter() instanceof TabPane tabs) {
            tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        }
    }

    private void withSelection(Consumer<RegisterRow> action) {
        RegisterRow row = registerModel.selectedProperty().get();
        if (row != null) {
            action.accept(row);
        }
    }

    /** Deferred: a page that fails to load reports while the table lays out, where no dialog may open. */
    private void showError(Throwable e) {
        javafx.application.Platform.runLater(() -> Dialogs.showError(stage, ctx.messages(), e));
    }
}
