package org.tidtam.letter;

/** A deadline counted from an event: "ภายใน ๗ วันทำการ นับแต่ได้รับหนังสือ" is (7, business, RECEIPT). */
public record RelativeRule(int days, boolean business, From from) {
    public enum From { RECEIPT, LETTER_DATE;
        /** JSON form used by the gold files: receipt | letter_date. */
        public String jsonName() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public RelativeRule {
        if (days < 0 || days > 3650) {
            throw new IllegalArgumentException("relative days out of range: " + days);
        }
        if (from == null) {
            throw new IllegalArgumentException("relative rule needs a starting event");
        }
    }
}
