package org.tidtam.thai;

/**
 * Years as Thai letters write them: พ.ศ. with four digits (๒๕๖๘ → 2025), two digits (๖๘ → 2025), or,
 * where a letter says so, ค.ศ. (2025). The Buddhist era runs 543 years ahead of the Christian era.
 */
public final class BuddhistEra {
    public static final int OFFSET = 543;

    private BuddhistEra() { }

    /**
     * The Christian-era year of a written year, or 0 when it cannot be a year of a letter.
     *
     * @param written   the number as written
     * @param digits    how many digits were written (2 means พ.ศ. 25xx)
     * @param christian true when ค.ศ. stands before it
     */
    public static int toChristian(int written, int digits, boolean christian) {
        if (digits == 2) {
            return christian ? 2000 + written : 2500 + written - OFFSET;
        }
        if (digits != 4) {
            return 0;
        }
        if (christian || (written >= 1900 && written <= 2200)) {
            return written >= 1900 && written <= 2200 ? written : 0;
        }
        return written >= 2400 && written <= 2700 ? written - OFFSET : 0;
    }

    public static int toBuddhist(int christianYear) { return christianYear + OFFSET; }
}
