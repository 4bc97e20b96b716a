package org.tidtam.ui.settings;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tidtam.app.Core;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.Officer;
import org.tidtam.letter.Unit;
import org.tidtam.remind.ReminderPolicy;
import org.tidtam.store.DirectoryRules;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.TaskRunner;

/**
 * The settings window's state: the unit and officer lists, the reminder policy, the holiday table and the
 * classified-letter options, loaded together and saved together on "save". Reading and writing run on the
 * task runner; the handlers touch the properties.
 */
final class SettingsViewModel {
    final DirectoryModel directory = new DirectoryModel();
    final ReminderModel reminders = new ReminderModel();
    final HolidayModel holidays;
    final BooleanProperty keepClassified = new SimpleBooleanProperty();
    final BooleanProperty showClassifiedSubjects = new SimpleBooleanProperty();
    /** What is wrong with the stored settings or the last save (blank: nothing). */
    final StringProperty problem = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty(true);
    private final Core core;
    private final TaskRunner runner;
    private final Messages messages;
    private boolean initialKeep;
    private boolean initialShow;

    SettingsViewModel(Core core, TaskRunner runner, Messages messages) {
        this.core = core;
        this.runner = runner;
        this.messages = messages;
        this.holidays = new HolidayModel(core.holidays(), java.time.LocalDate.now(core.config().clock()));
    }

    void load(Consumer<Throwable> onError) {
        runner.submit(BackgroundTask.of(this::read).onSuccess(this::show).onError(Throwable.class, e -> {
            busy.set(false);
            onError.accept(e);
        }));
    }

    boolean isDirty() {
        return directory.isDirty() || reminders.isDirty() || holidays.isDirty()
                || keepClassified.get() != initialKeep || showClassifiedSubjects.get() != initialShow;
    }

    /**
     * Checks every tab; on success writes them off the FX thread and calls onSaved, else calls onInvalid
     * with the message and the tab it belongs to, writing nothing.
     */
    void save(Runnable onSaved, java.util.function.BiConsumer<String, String> onInvalid, Consumer<Throwable> onError) {
        List<Unit> units = directory.unitList();
        List<Officer> officers = directory.officerList();
        ReminderPolicy policy;
        try {
            DirectoryRules.check(units, officers);
        } catch (TidtamException e) {
            onInvalid.accept("directoryTab", messages.of(e));
            return;
        }
        try {
            policy = reminders.toPolicy();
        } catch (TidtamException e) {
            onInvalid.accept("remindTab", messages.of(e));
            return;
        }
        write(new Edits(units, officers, policy, keepClassified.get(), showClassifiedSubjects.get(),
                holidays.changes()), onSaved, onError);
    }

    private record Edits(List<Unit> units, List<Officer> officers, ReminderPolicy policy, boolean keep,
                         boolean show, Runnable holidayChanges) { }

    private void write(Edits e, Runnable onSaved, Consumer<Throwable> onError) {
        busy.set(true);
        runner.submit(BackgroundTask.of(() -> {
            core.requireWritable();
            core.directory().replace(e.units(), e.officers());
            core.settings().saveReminderPolicy(e.policy());
            core.settings().saveClassified(e.keep(), e.show());
            e.holidayChanges().run();
            return e;
        }).onSuccess(done -> {
            busy.set(false);
            onSaved.run();
        }).onError(Throwable.class, err -> {
            busy.set(false);
            onError.accept(err);
        }));
    }

    private SettingsSnapshot read() {
        var settings = core.settings();
        ReminderPolicy policy;
        String policyProblem = null;
        try {
            policy = settings.reminderPolicy();
        } catch (TidtamException e) {
            policy = ReminderPolicy.defaults();
            policyProblem = messages.of(e);
        }
        return new SettingsSnapshot(core.directory().units(), core.directory().officers(), policy, policyProblem,
                settings.keepClassifiedContent(), settings.showClassifiedSubjects());
    }

    private void show(SettingsSnapshot s) {
        directory.load(s.units(), s.officers());
        reminders.load(s.policy());
        initialKeep = s.keepClassifiedContent();
        initialShow = s.showClassifiedSubjects();
        keepClassified.set(initialKeep);
        showClassifiedSubjects.set(initialShow);
        problem.set(s.policyProblem() == null ? "" : s.policyProblem());
        busy.set(false);
    }
}
