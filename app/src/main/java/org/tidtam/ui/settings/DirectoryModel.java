package org.tidtam.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tidtam.letter.Officer;
import org.tidtam.letter.Unit;
import org.tidtam.store.DirectoryRules;

/**
 * The unit and officer lists as the clerk edits them, saved together by the settings window. Each change
 * is checked at once against the whole list (duplicates, blank names), so a refused change never shows;
 * deleting a name a letter uses is refused by the store when saving.
 */
final class DirectoryModel {
    final ObservableList<DirectoryRow> units = FXCollections.observableArrayList();
    final ObservableList<DirectoryRow> officers = FXCollections.observableArrayList();
    private List<Object> initial = List.of();

    void load(List<Unit> u, List<Officer> o) {
        units.setAll(u.stream().map(DirectoryRow::of).toList());
        officers.setAll(o.stream().map(DirectoryRow::of).toList());
        initial = state();
    }

    boolean isDirty() { return !state().equals(initial); }

    List<Unit> unitList() { return units.stream().map(DirectoryRow::toUnit).toList(); }

    List<Officer> officerList() { return officers.stream().map(DirectoryRow::toOfficer).toList(); }

    /** Every unit name, for the officer's unit choice. */
    List<String> unitNames() { return units.stream().map(r -> r.name.get()).toList(); }

    void addUnit(String name) {
        List<Unit> next = new ArrayList<>(unitList());
        next.add(Unit.named(name));
        DirectoryRules.check(next, officerList());
        units.add(DirectoryRow.of(Unit.named(name)));
    }

    void addOfficer(String name, String unit) {
        List<Officer> next = new ArrayList<>(officerList());
        next.add(Officer.named(name, unit));
        DirectoryRules.check(unitList(), next);
        officers.add(DirectoryRow.of(Officer.named(name, unit)));
    }

    /** Renames a unit; its officers follow it. */
    void renameUnit(DirectoryRow row, String name) {
        String old = row.name.get();
        String clean = Unit.named(name).name();
        checked(units, row, r -> r.name.set(clean));
        officers.stream().filter(o -> o.unit.get().equals(old)).forEach(o -> o.unit.set(clean));
    }

    /** Renames an officer and moves them to a unit (blank: none). */
    void changeOfficer(DirectoryRow row, String name, String unit) {
        Officer changed = Officer.named(name, unit);
        checked(officers, row, r -> {
            r.name.set(changed.name());
            r.unit.set(changed.unit());
        });
    }

    void toggle(DirectoryRow row) { row.active.set(!row.active.get()); }

    /** Removes a unit (its officers left without one) or an officer; the store refuses names letters use. */
    void delete(DirectoryRow row) {
        if (units.remove(row)) {
            officers.stream().filter(o -> o.unit.get().equals(row.name.get())).forEach(o -> o.unit.set(""));
        } else {
            officers.remove(row);
        }
    }

    /** Applies the change to a copy, checks the lists, and only then to the row. */
    private void checked(List<DirectoryRow> list, DirectoryRow row, Consumer<DirectoryRow> change) {
        DirectoryRow copy = new DirectoryRow(row.id, row.name.get(), row.unit.get(), row.active.get());
        change.accept(copy);
        List<DirectoryRow> trial = new ArrayList<>(list);
        trial.set(list.indexOf(row), copy);
        if (list == units) {
            DirectoryRules.check(trial.stream().map(DirectoryRow::toUnit).toList(), List.of());
        } else {
            DirectoryRules.check(unitList(), trial.stream().map(DirectoryRow::toOfficer).toList());
        }
        change.accept(row);
    }

    private List<Object> state() {
        return List.of(unitList(), officerList());
    }
}
