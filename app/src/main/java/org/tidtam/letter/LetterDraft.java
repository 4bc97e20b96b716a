package org.tidtam.letter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The fields of one incoming-register row as the clerk enters or corrects them (the regulation's columns
 * plus routing). Validation that needs messages lives in {@link LetterValidator}; this record only keeps
 * its lists immutable and its strings non-null.
 *
 * @param number     ที่ … of the letter as printed, without the word ที่ (may be blank: some letters have none)
 * @param date       ลงวันที่, the letter's own date (may be null)
 * @param sender     จาก
 * @param recipient  ถึง / เรียน
 * @param subject    เรื่อง
 * @param receivedAt when the registry desk received it
 * @param action     การปฏิบัติ: to whom it went, what was done
 * @param unit       assigned unit (กลุ่มงาน/ฝ่าย), blank if none
 * @param officer    assigned officer, blank if none
 * @param remarks    หมายเหตุ
 * @param text       full text of the letter (OCR, PDF or typed); blank for classified letters by default
 * @param deadlines  deadlines accepted by the clerk
 * @param fileSha256 SHA-256 of the original file kept with the entry, null if none
 * @param fileName   the original file's name, null if none
 */
public record LetterDraft(String number, LocalDate date, String sender, String recipient, String subject,
                          Urgency urgency, Secrecy secrecy, LocalDateTime receivedAt, String action,
                          String unit, String officer, String remarks, String text, List<Deadline> deadlines,
                          String fileSha256, String fileName) {

    public LetterDraft {
        number = clean(number);
        sender = clean(sender);
        recipient = clean(recipient);
        subject = clean(subject);
        action = clean(action);
        unit = clean(unit);
        officer = clean(officer);
        remarks = clean(remarks);
        text = text == null ? "" : text;
        urgency = urgency == null ? Urgency.NORMAL : urgency;
        secrecy = secrecy == null ? Secrecy.NORMAL : secrecy;
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
    }

    private static String clean(String s) { return s == null ? "" : s.strip(); }

    /** A blank draft received at the given moment. */
    public static LetterDraft empty(LocalDateTime receivedAt) {
        return new LetterDraft("", null, "", "", "", Urgency.NORMAL, Secrecy.NORMAL, receivedAt, "", "", "", "",
                "", List.of(), null, null);
    }

    public LetterDraft withDeadlines(List<Deadline> list) {
        return new LetterDraft(number, date, sender, recipient, subject, urgency, secrecy, receivedAt, action,
                unit, officer, remarks, text, list, fileSha256, fileName);
    }

    public LetterDraft withText(String newText) {
        return new LetterDraft(number, date, sender, recipient, subject, urgency, secrecy, receivedAt, action,
                unit, officer, remarks, newText, deadlines, fileSha256, fileName);
    }

    public LetterDraft withFile(String sha256, String name) {
        return new LetterDraft(number, date, sender, recipient, subject, urgency, secrecy, receivedAt, action,
                unit, officer, remarks, text, deadlines, sha256, name);
    }
}
