package org.tidtam.letter;

/**
 * A unit (กลุ่มงาน/ฝ่าย) letters are routed to, from the list the clerk keeps. Letters store the name as
 * text, so a renamed or deactivated unit leaves old entries as they were recorded.
 *
 * @param id     database id, null for one not saved yet
 * @param name   its name, spaces collapsed
 * @param active offered for new letters; an inactive name stays valid on old entries
 */
public record Unit(Long id, String name, boolean active) {
    public Unit {
        name = Names.clean(name);
    }

    public static Unit named(String name) { return new Unit(null, name, true); }

    public Unit renamed(String newName) { return new Unit(id, newName, active); }

    public Unit withActive(boolean on) { return new Unit(id, name, on); }
}
