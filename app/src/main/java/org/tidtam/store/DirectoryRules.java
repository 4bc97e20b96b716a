package org.tidtam.store;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.Officer;
import org.tidtam.letter.Unit;

/** Checks new unit and officer lists before anything is written; the first problem is thrown, quoted. */
public final class DirectoryRules {
    public static final int MAX_NAME = 120;

    private DirectoryRules() { }

    public static void check(List<Unit> units, List<Officer> officers) {
        Set<String> unitNames = new HashSet<>();
        for (Unit u : units) {
            name(u.name(), "settings.directory.unitNameRequired");
            if (!unitNames.add(key(u.name()))) {
                throw new TidtamException("settings.directory.duplicateUnit", u.name());
            }
        }
        Set<String> officerNames = new HashSet<>();
        for (Officer o : officers) {
            name(o.name(), "settings.directory.officerNameRequired");
            if (!officerNames.add(key(o.name()))) {
                throw new TidtamException("settings.directory.duplicateOfficer", o.name());
            }
            if (!o.unit().isEmpty() && units.stream().noneMatch(u -> u.name().equals(o.unit()))) {
                throw new TidtamException("settings.directory.unknownUnit", o.name(), o.unit());
            }
        }
    }

    private static void name(String name, String requiredKey) {
        if (name.isEmpty()) {
            throw new TidtamException(requiredKey);
        }
        if (name.length() > MAX_NAME) {
            throw new TidtamException("settings.directory.tooLong", name.substring(0, 30) + "…", MAX_NAME);
        }
    }

    /** Names that differ only in letter case (English names) are the same name. */
    static String key(String name) { return name.toLowerCase(Locale.ROOT); }
}
