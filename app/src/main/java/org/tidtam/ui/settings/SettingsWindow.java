package org.tidtam.ui.settings;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tidtam.ui.common.FormKeys;
import org.tidtam.i18n.TidtamException;
import org.tidtam.ui.common.Dialogs;
import org.tidtam.ui.common.Styles;
import org.tidtam.ui.common.ThaiWrap;
import org.tidtam.ui.common.UiContext;

/**
 * The settings window: units and officers, reminders, holidays, classified letters, and any tab another
 * screen hands in (the backup pane). Nothing is written until "save" (Ctrl+S), which checks every tab
 * first; Esc or "cancel" closes, asking first when something was changed. A read-only database (another
 * Tidtam holds the lock) shows the settings disabled with the reason.
 */
public final class SettingsWindow {
    private final UiContext ctx;
    private final SettingsViewModel model;
    private final List<Tab> extraTabs = new ArrayList<>();
    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();
    private final Label problem = new Label();

    public SettingsWindow(UiContext ctx) { this(ctx, List.of()); }

    /** With extra tabs after the built-in ones (e.g. backups); they save themselves. */
    public SettingsWindow(UiContext ctx, List<Tab> extra) {
        this.ctx = ctx;
        this.model = new SettingsViewModel(ctx.core(), ctx.runner(), ctx.messages());
        this.extraTabs.addAll(extra);
    }

    /** Adds a tab after the built-in ones; call before show(). */
    public SettingsWindow addTab(Tab tab) {
        extraTabs.add(tab);
        return this;
    }

    public Stage stage() { return stage; }

    /** Opens the window over owner; onClosed runs when it closes, saved or not (e.g. refresh the dashboard). */
    public void show(Window owner, Runnable onClosed) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(ctx.text("settings.title"));
        Scene scene = new Scene(layout(), 960, 660);
        Styles.apply(scene);
        FormKeys.install(stage, scene, this::save, this::closeIfAllowed);
        stage.setOnHidden(e -> onClosed.run());
        stage.setScene(scene);
        model.load(this::showProblem);
        stage.show();
    }

    private BorderPane layout() {
        List<Tab> own = List.of(
                tab("directoryTab", "settings.tab.directory", new DirectoryPane(ctx, model.directory).node()),
                tab("remindTab", "settings.tab.remind", new ReminderPane(ctx, model.reminders).node()),
                tab("holidayTab", "settings.tab.holidays", new HolidayPane(ctx, model.holidays).node()),
                tab("classifiedTab", "settings.tab.classified", new ClassifiedPane(ctx, model).node()));
        tabs.getTabs().setAll(own);
        tabs.getTabs().addAll(extraTabs);
        tabs.setId("settingsTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane root = new BorderPane(tabs);
        root.setId("settingsWindow");
        if (ctx.core().readOnly()) {
            own.forEach(t -> t.getContent().setDisable(true));
            root.setTop(banner());
        }
        root.setBottom(buttons());
        return root;
    }

    private Node banner() {
        Label banner = new Label(ctx.text("settings.readOnly", ctx.core().readOnlyBanner().orElse("")));
        banner.setId("settingsReadOnly");
        ThaiWrap.fit(banner);
        banner.getStyleClass().add("read-only-banner");
        banner.setPadding(new Insets(8, 12, 8, 12));
        return banner;
    }

    private Tab tab(String id, String key, Node content) {
        Tab t = new Tab(ctx.text(key), content);
        t.setId(id);
        return t;
    }

    private Node buttons() {
        problem.setId("settingsProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bindBidirectional(model.problem);
        Button save = new Button(ctx.text("settings.save"));
        save.setId("settingsSave");
        save.disableProperty().bind(model.busy.or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> ctx.core().readOnly())));
        save.setOnAction(e -> save());
        Button cancel = new Button(ctx.text("settings.cancel"));
        cancel.setId("settingsCancel");
        cancel.setCancelButton(false);
        cancel.setOnAction(e -> closeIfAllowed());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(problem, Priority.SOMETIMES);
        HBox bar = new HBox(10, problem, gap, save, cancel);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(8, 12, 12, 12));
        return bar;
    }

    void save() {
        if (model.busy.get() || ctx.core().readOnly()) {
            return;
        }
        model.problem.set("");
        model.save(stage::hide, (tabId, message) -> {
            tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            model.problem.set(message);
        }, this::showProblem);
    }

    private void showProblem(Throwable e) {
        if (e instanceof TidtamException te) {
            model.problem.set(ctx.messages().of(te));
            if (te.key().startsWith("settings.directory.")) {
                tabs.getSelectionModel().select(0);
            }
        } else {
            Dialogs.showError(stage, ctx.messages(), e);
        }
    }

    private void closeIfAllowed() {
        if (!model.isDirty() || Dialogs.confirm(stage, ctx.messages(), ctx.text("settings.discardTitle"),
                ctx.text("settings.discard"), "settings.discardYes")) {
            stage.hide();
        }
    }
}
