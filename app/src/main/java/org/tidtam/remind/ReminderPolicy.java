package org.tidtam.remind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.Urgency;

/**
 * When to remind, by the deadline's kind and the letter's urgency. Immutable; the {@code with…} methods
 * give edited copies for the settings screen, and {@link ReminderPolicyJson} stores it.
 *
 * @param byKind          the reminders of each kind; a kind left out gets the default rules
 * @param extraByUrgency  reminders added for letters of an urgency (none by default)
 * @param remindOnReceipt urgencies whose letters also remind on the day they are received
 */
public record ReminderPolicy(Map<DeadlineKind, List<ReminderRule>> byKind,
                             Map<Urgency, List<ReminderRule>> extraByUrgency,
                             Set<Urgency> remindOnReceipt) {

    public ReminderPolicy {
        EnumMap<DeadlineKind, List<ReminderRule>> kinds = new EnumMap<>(DeadlineKind.class);
        for (DeadlineKind kind : DeadlineKind.values()) {
            List<ReminderRule> given = byKind == null ? null : byKind.get(kind);
            kinds.put(kind, given == null ? defaultRules(kind) : sorted(given));
        }
        byKind = Map.copyOf(kinds);
        EnumMap<Urgency, List<ReminderRule>> extras = new EnumMap<>(Urgency.class);
        if (extraByUrgency != null) {
            extraByUrgency.forEach((u, rules) -> extras.put(u, sorted(rules)));
        }
        extraByUrgency = Map.copyOf(extras);
        remindOnReceipt = remindOnReceipt == null ? Set.of() : Set.copyOf(remindOnReceipt);
    }

    /**
     * The defaults: REPORT, SUBMIT, DISBURSE, OTHER 7, 3, 1 days before and on the day; REPLY 2
     * and 1 days before and on the day; MEETING and PERIOD the day before and 08:00 on the day;
     * ด่วนที่สุด letters also on the day they are received.
     */
    public static ReminderPolicy defaults() {
        return new ReminderPolicy(Map.of(), Map.of(), EnumSet.of(Urgency.MOST_URGENT));
    }

    static List<ReminderRule> defaultRules(DeadlineKind kind) {
        switch (kind) {
            case REPLY:
                return days(2, 1, 0);
            case MEETING:
            case PERIOD:
                return days(1, 0);
            default:
                return days(7, 3, 1, 0);
        }
    }

    /** The rules for one deadline: its kind's plus its letter's urgency's, earliest first, no repeats. */
    public List<ReminderRule> rulesFor(DeadlineKind kind, Urgency urgency) {
        TreeSet<ReminderRule> all = new TreeSet<>(byKind.get(kind));
        all.addAll(extraByUrgency.getOrDefault(urgency, List.of()));
        return List.copyOf(all);
    }

    public boolean remindsOnReceipt(Urgency urgency) { return remindOnReceipt.contains(urgency); }

    public ReminderPolicy withRules(DeadlineKind kind, List<ReminderRule> rules) {
        EnumMap<DeadlineKind, List<ReminderRule>> copy = new EnumMap<>(byKind);
        copy.put(kind, rules);
        return new ReminderPolicy(copy, extraByUrgency, remindOnReceipt);
    }

    public ReminderPolicy withExtraRules(Urgency urgency, List<ReminderRule> rules) {
        EnumMap<Urgency, List<ReminderRule>> copy = new EnumMap<>(Urgency.class);
        copy.putAll(extraByUrgency);
        copy.put(urgency, rules);
        return new ReminderPolicy(byKind, copy, remindOnReceipt);
    }

    public ReminderPolicy withReceiptReminder(Urgency urgency, boolean on) {
        EnumSet<Urgency> copy = EnumSet.noneOf(Urgency.class);
        copy.addAll(remindOnReceipt);
        if (on) {
            copy.add(urgency);
        } else {
            copy.remove(urgency);
        }
        return new ReminderPolicy(byKind, extraByUrgency, copy);
    }

    private static List<ReminderRule> days(int... before) {
        List<ReminderRule> rules = new ArrayList<>();
        for (int d : before) {
            rules.add(ReminderRule.daysBefore(d));
        }
        return List.copyOf(rules);
    }

    private static List<ReminderRule> sorted(List<ReminderRule> rules) {
        return rules == null ? List.of() : List.copyOf(new TreeSet<>(rules));
    }
}
