package org.tidtam.cli;

import org.tidtam.letter.LetterDraft;
import picocli.CommandLine.Option;

/** The register's columns as options, shared by `register add` and `register edit`; unset = keep. */
final class LetterFieldOptions {
    @Option(names = "--number", paramLabel = "TEXT", description = "The letter's number (ที่), e.g. \"ขก 0017.5/ว 13576\".")
    String number;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The letter's date (ลงวันที่); year in ค.ศ. or พ.ศ.")
    String date;
    @Option(names = "--from", paramLabel = "TEXT", description = "Sender (จาก).")
    String from;
    @Option(names = "--to", paramLabel = "TEXT", description = "Recipient (ถึง/เรียน).")
    String to;
    @Option(names = "--subject", paramLabel = "TEXT", description = "Subject (เรื่อง).")
    String subject;
    @Option(names = "--urgency", paramLabel = "U", description = "normal|urgent|very_urgent|most_urgent (or ปกติ/ด่วน/ด่วนมาก/ด่วนที่สุด).")
    String urgency;
    @Option(names = "--secrecy", paramLabel = "S", description = "normal|confidential|secret|top_secret (or ปกติ/ลับ/ลับมาก/ลับที่สุด).")
    String secrecy;
    @Option(names = "--received", paramLabel = "YYYY-MM-DDTHH:MM", description = "When it was received (default: now, or --today at 09:00).")
    String received;
    @Option(names = "--action", paramLabel = "TEXT", description = "Action taken / assignee (การปฏิบัติ).")
    String action;
    @Option(names = "--unit", paramLabel = "TEXT", description = "Assigned unit.")
    String unit;
    @Option(names = "--officer", paramLabel = "TEXT", description = "Assigned officer.")
    String officer;
    @Option(names = "--remarks", paramLabel = "TEXT", description = "Remarks (หมายเหตุ).")
    String remarks;
    @Option(names = "--text", paramLabel = "TEXT", description = "The letter's full text.")
    String text;

    boolean anyGiven() {
        for (String s : new String[] {number, date, from, to, subject, urgency, secrecy, received, action, unit,
            officer, remarks, text}) {
            if (s != null) {
                return true;
            }
        }
        return false;
    }

    /** base with every given option applied (all parsed first, so a bad value changes nothing). */
    LetterDraft applyTo(LetterDraft b) {
        return new LetterDraft(or(number, b.number()), date == null ? b.date() : CliInput.date(date),
                or(from, b.sender()), or(to, b.recipient()), or(subject, b.subject()),
                urgency == null ? b.urgency() : CliInput.urgency(urgency),
                secrecy == null ? b.secrecy() : CliInput.secrecy(secrecy),
                received == null ? b.receivedAt() : CliInput.dateTime(received), or(action, b.action()),
                or(unit, b.unit()), or(officer, b.officer()), or(remarks, b.remarks()), or(text, b.text()),
                b.deadlines(), b.fileSha256(), b.fileName());
    }

    private static String or(String given, String base) { return given == null ? base : given; }
}
