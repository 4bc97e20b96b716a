package org.tidtam.store;

import java.util.Locale;

/** A register field whose earlier values are suggested as the clerk types (table name_uses). */
public enum NameField {
    SENDER, RECIPIENT, UNIT, OFFICER;

    /** The value of name_uses.field, which is also the letters column it counts. */
    String key() { return name().toLowerCase(Locale.ROOT); }
}
