package org.tidtam.ui.main;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.tidtam.ui.common.UiContext;

/** The menu bar; each item names its shortcut, which the menu shows beside it. */
final class MainMenu {
    private final UiContext ctx;
    private final MainWindow window;

    MainMenu(UiContext ctx, MainWindow window) {
        this.ctx = ctx;
        this.window = window;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(file(), edit(), view(), help());
        bar.setId("menuBar");
        return bar;
    }

    private Menu file() {
        return menu("file", item("newLetter", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        window::newLetter),
                item("openFile", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), window::openFile),
                item("pasteLetter", new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), window::pasteLetter),
                item("importFolder", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                        window::importFiles),
                new SeparatorMenuItem(),
                export(),
                new SeparatorMenuItem(),
                item("backupNow", null, window::backupNow),
                item("restore", null, window::restore),
                item("settings", new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                        window::settings),
                new SeparatorMenuItem(),
                item("exit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), window::exit));
    }

    private Menu export() {
        return menu("export",
                item("exportWeekly", new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN),
                        window::exportWeekly),
                item("exportRegister", null, window::exportRegister),
                item("exportCalendar", null, window::exportCalendar));
    }

    private Menu edit() {
        return menu("edit",
                item("editEntry", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), window::editSelected),
                item("cancelEntry", new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN),
                        window::cancelSelected),
                item("history", new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN), window::historySelected),
                item("openEntry", new KeyCodeCombination(KeyCode.ENTER, KeyCombination.ALT_DOWN), window::detailSelected),
                item("openOriginal", null, window::originalSelected),
                new SeparatorMenuItem(),
                item("find", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), window::find));
    }

    private Menu view() {
        Menu language = new Menu(ctx.text("ui.menu.language"));
        language.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        for (String tag : new String[] {"th", "en"}) {
            RadioMenuItem item = new RadioMenuItem(ctx.text("ui.language." + tag));
            item.setId("language-" + tag);
            item.setToggleGroup(group);
            item.setSelected(tag.equals(ctx.messages().locale().getLanguage()));
            item.setOnAction(e -> window.switchLanguage(tag));
            language.getItems().add(item);
        }
        return menu("view", item("refresh", new KeyCodeCombination(KeyCode.F5), window::refresh),
                item("showDashboard", new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                        window::showDashboard),
                item("showRegister", new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                        window::showRegister),
                item("showCalendar", new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN),
                        window::showCalendar),
                new SeparatorMenuItem(), window.trayMenuItem(), language);
    }

    private Menu help() {
        return menu("help", item("copyDiagnostics", null, window::copyDiagnostics),
                item("about", new KeyCodeCombination(KeyCode.F1), window::about));
    }

    private Menu menu(String name, MenuItem... items) {
        Menu m = new Menu(ctx.text("ui.menu." + name), null, items);
        m.setId("menu-" + name);
        return m;
    }

    private MenuItem item(String name, KeyCombination shortcut, Runnable action) {
        MenuItem item = new MenuItem(ctx.text("ui.menu." + name));
        item.setId("menuItem-" + name);
        if (shortcut != null) {
            item.setAccelerator(shortcut);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
