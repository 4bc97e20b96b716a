package org.tidtam.ui.settings;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.Urgency;
import org.tidtam.remind.ReminderPolicy;
import org.tidtam.remind.ReminderRule;
import org.tidtam.thai.ThaiDateFormat;
import org.tidtam.thai.ThaiDigits;

/**
 * The reminder policy as two tables the clerk types into: one row per deadline kind (days before, on the
 * day, at what time) and one per urgency (extra days before, a reminder on the day the letter is
 * received). {@link #toPolicy()} reads them back or throws a TidtamException quoting the bad cell.
 */
final class ReminderModel {
    final List<ReminderRow> kinds = new ArrayList<>();
    final List<ReminderRow> urgencies = new ArrayList<>();
    private List<Object> initial = List.of();

    ReminderModel() {
        for (DeadlineKind k : DeadlineKind.values()) {
            kinds.add(new ReminderRow(k.name()));
        }
        for (Urgency u : Urgency.values()) {
            urgencies.add(new ReminderRow(u.name()));
        }
    }

    void load(ReminderPolicy policy) {
        fill(policy);
        initial = state();
    }

    /** Puts the defaults in the tables; saved only with the rest. */
    void resetDefaults() { fill(ReminderPolicy.defaults()); }

    boolean isDirty() { return !state().equals(initial); }

    ReminderPolicy toPolicy() {
        ReminderPolicy policy = ReminderPolicy.defaults();
        for (ReminderRow row : kinds) {
            DeadlineKind kind = DeadlineKind.valueOf(row.key());
            policy = policy.withRules(kind, rules(row, kind.thai()));
        }
        for (ReminderRow row : urgencies) {
            Urgency u = Urgency.valueOf(row.key());
            policy = policy.withExtraRules(u, rules(row, u.thai())).withReceiptReminder(u, row.onTheDay().get());
        }
        return policy;
    }

    private void fill(ReminderPolicy policy) {
        for (ReminderRow row : kinds) {
            List<ReminderRule> rules = policy.byKind().get(DeadlineKind.valueOf(row.key()));
            row.set(days(rules), rules.stream().anyMatch(r -> r.daysBefore() == 0), time(rules));
        }
        for (ReminderRow row : urgencies) {
            Urgency u = Urgency.valueOf(row.key());
            List<ReminderRule> rules = policy.extraByUrgency().getOrDefault(u, List.of());
            row.set(days(rules), policy.remindsOnReceipt(u), time(rules));
        }
    }

    private static String days(List<ReminderRule> rules) {
        return rules.stream().filter(r -> r.daysBefore() > 0).map(r -> String.valueOf(r.daysBefore()))
                .collect(Collectors.joining(", "));
    }

    /** One time per row: the first rule's (a policy stored with mixed times keeps the earliest's). */
    private static String time(List<ReminderRule> rules) {
        return ThaiDateFormat.time(rules.isEmpty() ? ReminderRule.MORNING : rules.get(0).at());
    }

    /** The row's rules; an urgency row's "on the day" means on receipt, so it adds no rule. */
    private List<ReminderRule> rules(ReminderRow row, String name) {
        LocalTime at = parseTime(row, name);
        TreeSet<ReminderRule> out = new TreeSet<>();
        for (String part : ThaiDigits.toArabic(row.daysBefore().get()).split("[,\\s]+")) {
            if (!part.isEmpty()) {
                out.add(new ReminderRule(day(part, name), at));
            }
        }
        if (kinds.contains(row) && row.onTheDay().get()) {
            out.add(new ReminderRule(0, at));
        }
        return List.copyOf(out);
    }

    private static int day(String part, String name) {
        int n;
        try {
            n = Integer.parseInt(part);
        } catch (NumberFormatException e) {
            throw new TidtamException("settings.remind.badDays", name, part);
        }
        if (n < 0) {
            throw new TidtamException("settings.remind.negative", name, part);
        }
        if (n > ReminderRule.MAX_DAYS_BEFORE) {
            throw new TidtamException("settings.remind.range", name, part, ReminderRule.MAX_DAYS_BEFORE);
        }
        return n;
    }

    private static LocalTime parseTime(ReminderRow row, String name) {
        try {
            LocalTime t = ThaiDateFormat.parseTime(row.time().get());
            return t == null ? ReminderRule.MORNING : t;
        } catch (TidtamException e) {
            throw new TidtamException("settings.remind.badTime", name, row.time().get());
        }
    }

    private List<Object> state() {
        List<Object> out = new ArrayList<>();
        kinds.forEach(r -> out.add(r.state()));
        urgencies.forEach(r -> out.add(r.state()));
        return out;
    }
}
