package org.tidtam.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The figures of shared/tools/score.py over many files: deadline precision and recall per file (deduplicated
 * by due day, relative ones by their rule), kind and start-time agreement on matched days, and header fields
 * per letter (aligned by number, else by order).
 */
final class GoldScore {
    private static final String[] FIELDS = {"number", "date", "urgency", "sender", "subject"};
    private int tp;
    private int fp;
    private int fn;
    private int kindOk;
    private int kindN;
    private int headerOk;
    private int headerN;
    private final StringBuilder misses = new StringBuilder();

    void add(String name, JsonNode gold, JsonNode pred) {
        deadlines(name, gold, pred);
        headers(name, gold, pred);
    }

    double precision() { return tp + fp == 0 ? 1 : (double) tp / (tp + fp); }

    double recall() { return tp + fn == 0 ? 1 : (double) tp / (tp + fn); }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double kindAccuracy() { return kindN == 0 ? 1 : (double) kindOk / kindN; }

    double headerAccuracy() { return headerN == 0 ? 1 : (double) headerOk / headerN; }

    String summary() {
        return String.format(java.util.Locale.ROOT,
                "deadline_P=%.3f deadline_R=%.3f deadline_F1=%.3f kind_acc=%.3f header_acc=%.3f%n%s",
                precision(), recall(), f1(), kindAccuracy(), headerAccuracy(), misses);
    }

    private void deadlines(String name, JsonNode gold, JsonNode pred) {
        Map<String, Set<String>> g = kinds(gold);
        Map<String, Set<String>> p = kinds(pred);
        for (String k : g.keySet()) {
            if (p.containsKey(k)) {
                tp++;
                kindN++;
                boolean ok = g.get(k).stream().anyMatch(p.get(k)::contains);
                kindOk += ok ? 1 : 0;
                note(!ok, name + " kind on " + k + ": " + g.get(k) + " vs " + p.get(k));
            } else {
                fn++;
                note(true, name + " missed " + k);
            }
        }
        for (String k : p.keySet()) {
            if (!g.containsKey(k)) {
                fp++;
                note(true, name + " extra " + k);
            }
        }
    }

    private void headers(String name, JsonNode gold, JsonNode pred) {
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < gold.size(); i++) {
            JsonNode g = gold.get(i);
            int match = -1;
            for (int j = 0; j < pred.size() && match < 0; j++) {
                if (!used.contains(j) && text(g, "number") != null
                        && GoldComparison.sameNumber(text(g, "number"), text(pred.get(j), "number"))) {
                    match = j;
                }
            }
            if (match < 0 && i < pred.size() && !used.contains(i)) {
                match = i;
            }
            used.add(match);
            JsonNode p = match < 0 ? null : pred.get(match);
            for (String f : FIELDS) {
                headerN++;
                boolean ok = same(f, text(g, f), p == null ? null : text(p, f));
                headerOk += ok ? 1 : 0;
                note(!ok, name + "[" + i + "] " + f + ": " + text(g, f) + " vs " + (p == null ? null : text(p, f)));
            }
        }
    }

    private static boolean same(String field, String g, String p) {
        return switch (field) {
            case "number" -> GoldComparison.sameNumber(g, p);
            case "sender" -> GoldComparison.sameSender(g, p);
            case "subject" -> GoldComparison.similar(g, p);
            default -> Objects.equals(g, p);
        };
    }

    private static Map<String, Set<String>> kinds(JsonNode letters) {
        Map<String, Set<String>> out = new HashMap<>();
        for (JsonNode l : letters) {
            for (JsonNode d : l.get("deadlines")) {
                out.computeIfAbsent(key(d), k -> new HashSet<>()).add(text(d, "kind"));
            }
        }
        return out;
    }

    private static String key(JsonNode d) {
        if (text(d, "due") != null) {
            return text(d, "due");
        }
        JsonNode r = d.get("relative");
        return "rel:" + r.get("days").asInt() + ":" + r.get("business").asBoolean() + ":" + r.get("from").asText();
    }

    private void note(boolean wrong, String what) {
        if (wrong) {
            misses.append("  ").append(what).append('\n');
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
