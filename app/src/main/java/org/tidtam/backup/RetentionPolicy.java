package org.tidtam.backup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which daily backups to keep: the newest {@code daily} days, plus the newest copy of each of the newest
 * {@code monthly} months. Everything else may go. Pure, so a table of examples pins it down.
 */
public record RetentionPolicy(int daily, int monthly) {
    public static final RetentionPolicy DEFAULT = new RetentionPolicy(14, 12);

    public RetentionPolicy {
        if (daily < 1 || monthly < 0) {
            throw new IllegalArgumentException("keep at least one daily backup: daily=" + daily + " monthly=" + monthly);
        }
    }

    /** The days whose backups to keep, out of the days that have one. */
    public Set<LocalDate> keep(Collection<LocalDate> days) {
        TreeSet<LocalDate> newestFirst = new TreeSet<>(Comparator.reverseOrder());
        newestFirst.addAll(days);
        Set<LocalDate> keep = new TreeSet<>();
        newestFirst.stream().limit(daily).forEach(keep::add);
        Map<YearMonth, LocalDate> newestOfMonth = new LinkedHashMap<>();
        for (LocalDate day : newestFirst) {
            newestOfMonth.putIfAbsent(YearMonth.from(day), day);
        }
        newestOfMonth.values().stream().limit(monthly).forEach(keep::add);
        return keep;
    }

    /** The days whose backups may be deleted. */
    public Set<LocalDate> delete(Collection<LocalDate> days) {
        Set<LocalDate> drop = new TreeSet<>(days);
        drop.removeAll(keep(days));
        return drop;
    }
}
