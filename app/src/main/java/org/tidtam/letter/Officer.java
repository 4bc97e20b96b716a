package org.tidtam.letter;

/**
 * An officer letters are assigned to, optionally in a unit (named, as letters name it).
 *
 * @param id     database id, null for one not saved yet
 * @param name   the officer's name, spaces collapsed
 * @param unit   the unit's name, blank for none
 * @param active offered for new letters; an inactive name stays valid on old entries
 */
public record Officer(Long id, String name, String unit, boolean active) {
    public Officer {
        name = Names.clean(name);
        unit = Names.clean(unit);
    }

    public static Officer named(String name, String unit) { return new Officer(null, name, unit, true); }

    public Officer renamed(String newName) { return new Officer(id, newName, unit, active); }

    public Officer inUnit(String newUnit) { return new Officer(id, name, newUnit, active); }

    public Officer withActive(boolean on) { return new Officer(id, name, unit, on); }
}
