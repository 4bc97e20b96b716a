package org.tidtam.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tidtam.letter.Officer;
import org.tidtam.letter.Unit;

/** One editable row of the unit or officer table (unit is blank and unused for a unit's row). */
final class DirectoryRow {
    final Long id;
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty unit = new SimpleStringProperty("");
    final BooleanProperty active = new SimpleBooleanProperty(true);

    DirectoryRow(Long id, String name, String unit, boolean active) {
        this.id = id;
        this.name.set(name);
        this.unit.set(unit);
        this.active.set(active);
    }

    static DirectoryRow of(Unit u) { return new DirectoryRow(u.id(), u.name(), "", u.active()); }

    static DirectoryRow of(Officer o) { return new DirectoryRow(o.id(), o.name(), o.unit(), o.active()); }

    Unit toUnit() { return new Unit(id, name.get(), active.get()); }

    Officer toOfficer() { return new Officer(id, name.get(), unit.get(), active.get()); }
}
