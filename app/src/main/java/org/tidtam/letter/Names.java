package org.tidtam.letter;

/** Names typed by the clerk: trimmed, inner runs of spaces made one, so "ฝ่าย  ปกครอง" equals "ฝ่าย ปกครอง". */
final class Names {
    private Names() { }

    static String clean(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }
}
