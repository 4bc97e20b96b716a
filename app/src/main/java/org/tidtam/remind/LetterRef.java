package org.tidtam.remind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.letter.Urgency;

/**
 * What the deadline views need to know of the letter a deadline belongs to (one join in the store,
 * not the whole letter with its text).
 *
 * @param letterId   database id of the entry
 * @param regNo      เลขทะเบียนรับ
 * @param number     the letter's number (ที่ …), may be blank
 * @param sender     จาก
 * @param subject    เรื่อง
 * @param letterDate ลงวันที่, the letter's own date, may be null
 * @param urgency    ด่วน… printed on the letter
 * @param receivedAt when the registry desk received it
 * @param unit       assigned unit, blank if none
 * @param officer    assigned officer, blank if none
 */
public record LetterRef(long letterId, RegistrationNumber regNo, String number, String sender, String subject,
                        LocalDate letterDate, Urgency urgency, LocalDateTime receivedAt, String unit, String officer) {
    public LetterRef {
        number = number == null ? "" : number;
        sender = sender == null ? "" : sender;
        subject = subject == null ? "" : subject;
        urgency = urgency == null ? Urgency.NORMAL : urgency;
        unit = unit == null ? "" : unit;
        officer = officer == null ? "" : officer;
    }
}
