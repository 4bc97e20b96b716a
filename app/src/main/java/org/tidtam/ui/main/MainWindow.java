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
import org.tidtam.ui.cancel.CancelDialog;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.Dialogs;
import org.tidtam.ui.common.UiContext;
import org.tidtam.ui.dashboard.DashboardView;
import org.tidtam.ui.dashboard.DashboardViewModel;
import org.tidtam.ui.dashboard.DeadlineServices;
import org.tidtam.ui.letterform.LetterFormView;
import org.tidtam.ui.letterform.LetterFormViewModel;
import org.tidtam.ui.register.RegisterView;
import org.tidtam.ui.register.RegisterViewModel;
import org.tidtam.ui.review.ReviewScreen;
import org.tidtam.ui.review.ReviewServices;
import org.tidtam.ui.settings.SettingsWindow;

/**
 * The main window's content: the menu bar over the register screen, and the actions that open the other
 * screens (new letter, edit, cancel, history). Later screens (dashboard, settings) hang off this class.
 */
public final class MainWindow implements RegisterView.Actions, DashboardView.Actions {
    private final UiContext ctx;
    private final Stage stage;
    private final Consumer<String> languageSwitch;
    private final RegisterView register;
    private final DashboardView dashboard;
    private final BorderPane root = new BorderPane();
    private final ReviewServices review;

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
        this.register = new RegisterView(ctx, new RegisterViewModel(ctx, this::showError), this);
        root.setId("mainWindow");
        root.setTop(new MainMenu(ctx, this).build());
        this.dashboard = deadlines == null ? null : new DashboardView(ctx,
                new DashboardViewModel(deadlines, ctx.runner(), ctx.clock(), ctx.user(), this::showError), this);
        root.setCenter(dashboard == null ? register.node() : tabs());
    }

    private TabPane tabs() {
        Tab dash = new Tab(ctx.text("dashboard.tab"), dashboard.node());
        dash.setId("dashboardTab");
        Tab reg = new Tab(ctx.text("dashboard.registerTab"), register.node());
        reg.setId("registerTab");
        TabPane tabs = new TabPane(dash, reg);
        tabs.setId("mainTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    /** The dashboard, or null when the window was built without deadline services. */
    public DashboardView dashboard() { return dashboard; }

    @Override
    public void openLetter(long letterId) {
        ctx.runner().submit(BackgroundTask.of(() -> ctx.store().get(letterId))
                .onSuccess(found -> found.ifPresent(this::openEditor))
                .onError(Throwable.class, this::showError));
    }

    public Parent root() { return root; }

    public RegisterView register() { return register; }

    /** Loads the register; call once the window is on screen. */
    public void start() {
        register.model().refresh();
        if (dashboard != null) {
            dashboard.start();
        }
    }

    @Override
    public void newLetter() {
        new ReviewScreen(ctx, review, register::showSaved).show(stage);
    }

    @Override
    public void edit(RegisterRow row) {
        ctx.runner().submit(BackgroundTask.of(() -> ctx.store().get(row.id()))
                .onSuccess(found -> found.ifPresent(this::openEditor))
                .onError(Throwable.class, this::showError));
    }

    private void openEditor(Letter letter) {
        var model = new LetterFormViewModel(ctx.store(), ctx.messages(), ctx.user(), letter, ctx.now());
        new LetterFormView(ctx, model, saved -> {
            register.reloadKeepingSelection();
            if (dashboard != null) {
                dashboard.model().refresh();
            }
        }).show(stage);
    }

    @Override
    public void cancel(RegisterRow row) {
        if (row.cancelled()) {
            Dialogs.showInfo(stage, ctx.messages(), ctx.text("ui.cancel.title"), ctx.text("ui.cancel.already"));
            return;
        }
        new CancelDialog(ctx).ask(stage, row).ifPresent(reason ->
                ctx.runner().submit(BackgroundTask.of(() -> ctx.store().cancel(row.id(), reason, ctx.user()))
                        .onSuccess(letter -> register.reloadKeepingSelection())
                        .onError(Throwable.class, this::showError)));
    }

    @Override
    public void history(RegisterRow row) { new AuditView(ctx).show(stage, row); }

    void editSelected() { withSelection(this::edit); }

    void cancelSelected() { withSelection(this::cancel); }

    void historySelected() { withSelection(this::history); }

    void refresh() {
        register.model().refresh();
        if (dashboard != null) {
            dashboard.model().refresh();
        }
    }

    void switchLanguage(String tag) { languageSwitch.accept(tag); }

    void about() {
        Dialogs.showInfo(stage, ctx.messages(), ctx.text("ui.about.title"), ctx.text("ui.about.text",
                String.valueOf(MainWindow.class.getPackage().getImplementationVersion())));
    }

    void exit() { stage.close(); }

    // Menu actions still to be built; each helper branch replaces one of these bodies.

    void openFile() { notYet(); }

    void pasteLetter() { notYet(); }

    void importFiles() { notYet(); }

    void exportWeekly() { notYet(); }

    void exportRegister() { notYet(); }

    void exportCalendar() { notYet(); }

    void backupNow() { notYet(); }

    void restore() { notYet(); }

    void settings() { new SettingsWindow(ctx, settingsExtraTabs()).show(stage, this::refresh); }

    /** Tabs other screens add to the settings window. BACKUP TAB SLOT: the backup pane's tab goes here. */
    private java.util.List<Tab> settingsExtraTabs() { return java.util.List.of(); }

    void detailSelected() { notYet(); }

    void originalSelected() { notYet(); }

    void find() { notYet(); }

    void showDashboard() { selectTab("dashboardTab"); }

    void showRegister() { selectTab("registerTab"); }

    void showCalendar() { notYet(); }

    void copyDiagnostics() { notYet(); }

    private void selectTab(String id) {
        if (root.getCenter() instanceof TabPane tabs) {
            tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        }
    }

    private void notYet() {
        Dialogs.showInfo(stage, ctx.messages(), ctx.text("ui.about.title"), ctx.text("ui.notYet"));
    }

    private void withSelection(Consumer<RegisterRow> action) {
        RegisterRow row = register.model().selectedProperty().get();
        if (row != null) {
            action.accept(row);
        }
    }

    /** Deferred: a page that fails to load reports while the table lays out, where no dialog may open. */
    private void showError(Throwable e) {
        javafx.application.Platform.runLater(() -> Dialogs.showError(stage, ctx.messages(), e));
    }
}
