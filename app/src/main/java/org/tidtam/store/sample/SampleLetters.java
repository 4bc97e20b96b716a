package org.tidtam.store.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;
import org.tidtam.thai.ThaiDateFormat;
import org.tidtam.thai.ThaiDigits;

/**
 * Realistic letters for benchmarks and demos: real agency names and province codes, numbers such as
 * "ขก ๐๐๑๗.๕/ว ๑๓๕๗๖", a full text of a few KB with one to three deadlines in its prose. Letter i of n is
 * received in time order across the years [firstYear, firstYear + years), so numbers run with time.
 */
public final class SampleLetters {
    private static final DeadlineKind[] KINDS = {DeadlineKind.REPORT, DeadlineKind.SUBMIT, DeadlineKind.MEETING,
        DeadlineKind.DISBURSE, DeadlineKind.REPLY};

    private final Random random;
    private final long count;
    private final LocalDate first;
    private final long days;

    public SampleLetters(long seed, long count, LocalDate first, int years) {
        this.random = new Random(seed);
        this.count = Math.max(1, count);
        this.first = first;
        this.days = first.plusYears(years).toEpochDay() - first.toEpochDay();
    }

    /** The i-th letter (0-based); call in order of i. */
    public LetterDraft letter(long i) {
        double position = (double) i * days / count;
        LocalDate day = first.plusDays((long) position);
        LocalDateTime received = day.atTime(LocalTime.of(8, 30).plusMinutes((long) ((position % 1) * 480)));
        LocalDate dated = day.minusDays(random.nextInt(8));
        Vocabulary.Province p = pick(Vocabulary.PROVINCES);
        boolean fromMinistry = random.nextInt(4) == 0;
        Vocabulary.Agency m = pick(Vocabulary.MINISTRIES);
        String sender = fromMinistry ? m.name() : pick(Vocabulary.PROVINCIAL_OFFICES) + p.name();
        String number = (fromMinistry ? m.code() + " " + code(4, 2) : p.code() + " " + code(4, 1))
                + (random.nextBoolean() ? "/ว " : "/") + ThaiDigits.toThai(String.valueOf(1 + random.nextInt(19999)));
        String subject = fill(pick(Vocabulary.SUBJECTS), p, m, dated);
        List<Deadline> deadlines = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int k = 0; k < n; k++) {
            deadlines.add(Deadline.manual(KINDS[random.nextInt(KINDS.length)], day.plusDays(3 + random.nextInt(40)),
                    null, ""));
        }
        Urgency urgency = Urgency.values()[random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(3)];
        String recipient = pick(Vocabulary.RECIPIENTS);
        String text = text(urgency, number, sender, dated, subject, recipient, p, m, deadlines);
        return new LetterDraft(number, dated, sender, recipient, subject, urgency, Secrecy.NORMAL, received,
                pick(Vocabulary.ACTIONS), "", "", "", text, deadlines, null, null);
    }

    private String text(Urgency urgency, String number, String sender, LocalDate dated, String subject,
                        String recipient, Vocabulary.Province p, Vocabulary.Agency m, List<Deadline> deadlines) {
        StringBuilder t = new StringBuilder(1600);
        if (urgency != Urgency.NORMAL) {
            t.append(urgency.thai()).append('\n');
        }
        t.append("ที่ ").append(number).append("\n").append(sender).append("\nถนนศูนย์ราชการ ").append(p.name())
                .append(' ').append(ThaiDigits.toThai(String.valueOf(10000 + random.nextInt(89999)))).append("\n\n")
                .append(ThaiDateFormat.format(dated)).append("\n\nเรื่อง ").append(subject).append("\n\nเรียน ")
                .append(recipient).append("\n\nอ้างถึง หนังสือ").append(m.name()).append(" ที่ ").append(m.code())
                .append(' ').append(code(4, 2)).append(" ลงวันที่ ").append(ThaiDateFormat.format(dated.minusDays(20)))
                .append("\n\n").append(fill(pick(Vocabulary.OPENINGS), p, m, dated)).append(' ');
        int sentences = 6 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            t.append(fill(pick(Vocabulary.BODY), p, m, dated)).append(s % 3 == 2 ? "\n\n" : " ");
        }
        for (Deadline d : deadlines) {
            t.append(fill(pick(Vocabulary.DEADLINE_SENTENCES), p, m, dated)
                    .replace("{date}", ThaiDateFormat.format(d.due()))).append(' ');
        }
        t.append("\n\n").append(pick(Vocabulary.CLOSINGS)).append("\n\nขอแสดงความนับถือ\n\n")
                .append(pick(Vocabulary.SIGNERS)).append("\nรองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน\nผู้ว่าราชการจังหวัด")
                .append(p.name()).append("\n\nกลุ่มงานอำนวยการ\nโทร. ๐ ").append(ThaiDigits.toThai(
                        String.valueOf(4200_0000 + random.nextInt(999_999)))).append('\n');
        return t.toString();
    }

    private String fill(String template, Vocabulary.Province p, Vocabulary.Agency m, LocalDate dated) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        int yearBe = dated.getYear() + ThaiDateFormat.BE_OFFSET;
        return template.replace("{agency}", "จังหวัด" + p.name()).replace("{ministry}", m.name())
                .replace("{province}", p.name()).replace("{y}", ThaiDigits.toThai(String.valueOf(yearBe)))
                .replace("{n}", ThaiDigits.toThai(String.valueOf(1 + random.nextInt(12))))
                .replace("{amount}", ThaiDigits.toThai(Integer.toString(10_000 + random.nextInt(5_000_000))));
    }

    /** "๐๐๑๗.๕" style unit codes: four digits, then a dotted sub-unit. */
    private String code(int digits, int sub) {
        StringBuilder b = new StringBuilder();
        String n = Integer.toString(random.nextInt(1000));
        b.append("0".repeat(digits - n.length())).append(n);
        for (int i = 0; i < sub; i++) {
            b.append('.').append(1 + random.nextInt(9));
        }
        return ThaiDigits.toThai(b.toString());
    }

    private <T> T pick(List<T> list) { return list.get(random.nextInt(list.size())); }
}
