package org.tidtam.store;

import java.util.ArrayList;
import java.util.List;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.Officer;
import org.tidtam.letter.Unit;

/**
 * The units and officers the clerk routes letters to. Names are unique (units among units, officers among
 * officers); a name used by a letter is never deleted, only deactivated, so old entries keep a name the
 * list still knows. Failures are TidtamExceptions with keys under "settings.directory.".
 */
public interface Directory {

    /** Every unit, active or not, in Thai alphabetical order. */
    List<Unit> units();

    /** Every officer, active or not, in Thai alphabetical order. */
    List<Officer> officers();

    /**
     * Makes the lists these, in one transaction: rows with an id are updated, rows without are added, saved
     * rows left out are deleted (refused when a letter names them). Officers name their unit; it must be
     * in {@code units}. Nothing is written when any row is refused.
     */
    void replace(List<Unit> units, List<Officer> officers);

    default List<Unit> activeUnits() { return units().stream().filter(Unit::active).toList(); }

    default List<Officer> activeOfficers() { return officers().stream().filter(Officer::active).toList(); }

    default Unit addUnit(String name) {
        List<Unit> next = new ArrayList<>(units());
        next.add(Unit.named(name));
        replace(next, officers());
        return unit(Unit.named(name).name());
    }

    default Officer addOfficer(String name, String unit) {
        List<Officer> next = new ArrayList<>(officers());
        next.add(Officer.named(name, unit));
        replace(units(), next);
        return officers().stream().filter(o -> o.name().equals(Officer.named(name, unit).name())).findFirst()
                .orElseThrow();
    }

    /** Renames a unit; its officers follow. Letters keep the name they were routed with. */
    default Unit renameUnit(long id, String name) {
        Unit old = unit(id);
        Unit renamed = old.renamed(name);
        List<Officer> moved = officers().stream()
                .map(o -> o.unit().equals(old.name()) ? o.inUnit(renamed.name()) : o).toList();
        replace(units().stream().map(u -> java.util.Objects.equals(u.id(), id) ? renamed : u).toList(), moved);
        return unit(id);
    }

    default Unit setUnitActive(long id, boolean active) {
        replace(units().stream().map(u -> java.util.Objects.equals(u.id(), id) ? u.withActive(active) : u).toList(), officers());
        return unit(id);
    }

    default Officer renameOfficer(long id, String name) {
        replace(units(), officers().stream().map(o -> java.util.Objects.equals(o.id(), id) ? o.renamed(name) : o).toList());
        return officer(id);
    }

    default Officer setOfficerActive(long id, boolean active) {
        replace(units(), officers().stream().map(o -> java.util.Objects.equals(o.id(), id) ? o.withActive(active) : o).toList());
        return officer(id);
    }

    /** Deletes an unused unit (a typing slip), its officers left without a unit; one a letter names is refused. */
    default void deleteUnit(long id) {
        Unit gone = unit(id);
        replace(units().stream().filter(u -> !java.util.Objects.equals(u.id(), id)).toList(),
                officers().stream().map(o -> o.unit().equals(gone.name()) ? o.inUnit("") : o).toList());
    }

    default void deleteOfficer(long id) {
        replace(units(), officers().stream().filter(o -> !java.util.Objects.equals(o.id(), id)).toList());
    }

    private Unit unit(long id) {
        return units().stream().filter(u -> java.util.Objects.equals(u.id(), id)).findFirst()
                .orElseThrow(() -> new TidtamException("settings.directory.notFound", String.valueOf(id)));
    }

    private Unit unit(String name) {
        return units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    private Officer officer(long id) {
        return officers().stream().filter(o -> java.util.Objects.equals(o.id(), id)).findFirst()
                .orElseThrow(() -> new TidtamException("settings.directory.notFound", String.valueOf(id)));
    }
}
