package org.tidtam.ui.letterform;

import java.util.List;
import java.util.Optional;
import org.tidtam.letter.Officer;
import org.tidtam.letter.Unit;

/**
 * The active units and officers the form offers (the settings' lists). Choosing a unit narrows the
 * officers to that unit's; a unit the list does not know (typed, or deactivated since) offers them all.
 */
record RoutingChoices(List<Unit> units, List<Officer> officers) {
    static final RoutingChoices NONE = new RoutingChoices(List.of(), List.of());

    RoutingChoices {
        units = units.stream().filter(Unit::active).toList();
        officers = officers.stream().filter(Officer::active).toList();
    }

    List<String> unitNames() { return units.stream().map(Unit::name).toList(); }

    List<String> officerNames(String unit) {
        String u = unit == null ? "" : unit.strip();
        List<String> inUnit = officers.stream().filter(o -> o.unit().equals(u)).map(Officer::name).toList();
        return inUnit.isEmpty() ? officers.stream().map(Officer::name).toList() : inUnit;
    }

    /** The unit the named officer belongs to, when the list knows one. */
    Optional<String> unitOf(String officer) {
        String name = officer == null ? "" : officer.strip();
        return officers.stream().filter(o -> o.name().equals(name) && !o.unit().isEmpty()).map(Officer::unit)
                .findFirst();
    }
}
