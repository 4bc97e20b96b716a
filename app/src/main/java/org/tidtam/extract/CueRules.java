package org.tidtam.extract;

import java.util.List;
import org.tidtam.extract.CueRule.Role;
import org.tidtam.extract.CueRule.Scope;

/**
 * The cue words of Thai official prose around a date, tried in this order; the first that applies decides.
 * Rules that rule a date out come first, so "ลงวันที่" wins over the "วันที่" inside it.
 */
public final class CueRules {
    /** ลงวันที่ ๒๖ มิถุนายน ๒๕๖๖ / ลว. ๕ มิ.ย. ๖๓: the date of a cited document. */
    public static final CueRule SIGNED_ON = CueRule.before("SignedOn", "ลงวันที่ ๒๖ มิถุนายน ๒๕๖๖",
            Role.NOT_DEADLINE, "ลง|ลว\\.?|ฉบับ", Scope.ANY, 1);
    /** เมื่อวันที่ ๘ เมษายน ๒๕๖๔: a past event. */
    public static final CueRule PAST = CueRule.before("Past", "เมื่อวันที่ ๘ เมษายน ๒๕๖๔",
            Role.NOT_DEADLINE, "เมื่อ|เมื่อช่วง|แต่เมื่อ", Scope.ANY, 1);
    /** ณ วันที่ ๓๐ กันยายน ๒๕๖๗ / ประกาศ ณ วันที่: "as of" or the day a document was made. */
    public static final CueRule AS_OF = CueRule.before("AsOf", "ณ วันที่ ๓๐ กันยายน ๒๕๖๗",
            Role.NOT_DEADLINE, "ณ", Scope.ANY, 1);
    /** มีผลใช้บังคับตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๗: an effective date. */
    public static final CueRule EFFECTIVE = CueRule.before("Effective", "มีผลใช้บังคับตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๗",
            Role.NOT_DEADLINE, "มีผล[^\\n]{0,16}?|บังคับใช้[^\\n]{0,8}?|ใช้บังคับ[^\\n]{0,8}?", Scope.ANY, 1);
    /** เลื่อนการประชุมจากเดิมวันที่ ๑๐ มีนาคม: the old date of a postponement. */
    public static final CueRule POSTPONED_FROM = CueRule.before("PostponedFrom",
            "เลื่อนการประชุมจากเดิมวันที่ ๑๐ มีนาคม ๒๕๖๘", Role.NOT_DEADLINE,
            "เลื่อน[^\\n]{0,40}?(?:จาก|เดิม)(?:เดิม|กำหนด|กำหนดการ)?(?:ใน)?|กำหนดเดิม(?:ใน)?", Scope.ANY, 1);
    /** ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๗ เป็นต้นไป: from then on, no deadline. */
    public static final CueRule ONWARD = CueRule.after("Onward", "ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๗ เป็นต้นไป",
            Role.NOT_DEADLINE, "เป็นต้นไป|เป็นลำดับไป", 1);
    /** ในวันอังคารที่ ๑๘ กุมภาพันธ์ ๒๕๖๘ ตั้งแต่เวลา ๐๙.๓๐ น. เป็นต้นไป: the hour an event starts, not "from then on". */
    public static final CueRule TIMED_ONWARD = new CueRule("TimedOnward",
            "ในวันอังคารที่ ๑๘ กุมภาพันธ์ ๒๕๖๘ ตั้งแต่เวลา ๐๙.๓๐ น. เป็นต้นไป", Role.EVENT, null,
            java.util.regex.Pattern.compile("^\\s{0,3}(?:เป็นต้นไป)"), Scope.SINGLE, true, 0.9);
    /** ในวันพุธที่ ๕ มีนาคม ๒๕๖๘ เวลา ๐๙.๓๐ น. ความละเอียดแจ้งแล้ว นั้น: a date recalled from an earlier letter. */
    public static final CueRule RECALLED = CueRule.after("Recalled",
            "ในวันพุธที่ ๕ มีนาคม ๒๕๖๘ เวลา ๐๙.๓๐ น. ความละเอียดแจ้งแล้ว นั้น", Role.NOT_DEADLINE,
            "ความละเอียด(?:แจ้ง|ทราบ)แล้ว|ความแจ้งแล้ว|ซึ่งได้แจ้ง(?:ให้ทราบ)?แล้ว", 1);
    /** ภายในวันที่ ๓๑ ธันวาคม ของทุกปี: a yearly duty, no single day to remind of. */
    public static final CueRule YEARLY = CueRule.after("Yearly", "ให้แล้วเสร็จภายในวันที่ ๓๑ ธันวาคม ของทุกปี",
            Role.NOT_DEADLINE, "(?:ของ)?ทุก\\s?ปี|เป็นประจำทุกปี", 1);
    /** กรมอนามัยจะประกาศผลการประกวดภายในวันที่ ๓๐ พฤษภาคม ๒๕๖๘: the sender's own act, not the recipient's. */
    public static final CueRule SENDER_WILL = CueRule.before("SenderWill",
            "กรมอนามัยจะประกาศผลการประกวดภายในวันที่ ๓๐ พฤษภาคม ๒๕๖๘", Role.NOT_DEADLINE,
            "จะ(?:ได้)?(?:ประกาศ|แจ้ง)(?:ผล|รายชื่อ)[^\\n]{0,30}?(?:ภายใน|ใน)?", Scope.ANY, 1);
    /** … ๕ มีนาคม ๒๕๖๘ ที่ผ่านมา: past. */
    public static final CueRule PAST_AFTER = CueRule.after("PastAfter", "ในวันที่ ๕ มีนาคม ๒๕๖๘ ที่ผ่านมา",
            Role.NOT_DEADLINE, "ที่ผ่านมา|ไปแล้ว|ที่แล้ว", 1);
    /** ภายในวันศุกร์ที่ ๓๐ พฤษภาคม ๒๕๖๘ / ภายในสิ้นเดือนมีนาคม / ภายในเดือนมีนาคม: due by that day. */
    public static final CueRule WITHIN = CueRule.before("Within", "ภายในวันศุกร์ที่ ๓๐ พฤษภาคม ๒๕๖๘",
            Role.DUE_BY, "ภาย\\s?ใน(?:กำหนด)?\\s?(?:สิ้น)?", Scope.ANY, 0.95);
    /** ไม่เกินวันที่ ๑๕ มีนาคม ๒๕๖๘ / ไม่ช้ากว่า: due by that day. */
    public static final CueRule NOT_LATER = CueRule.before("NotLaterThan", "ไม่เกินวันที่ ๑๕ มีนาคม ๒๕๖๘",
            Role.DUE_BY, "ไม่เกิน(?:กว่า)?(?:สิ้น)?|ไม่ช้ากว่า|ไม่เลย|อย่างช้า(?:ภายใน|ไม่เกิน)?", Scope.ANY, 0.95);
    /** ก่อนวันที่ ๑๕ มีนาคม ๒๕๖๘: due by that day (the day the letter names). */
    public static final CueRule BEFORE = CueRule.before("Before", "ก่อนวันที่ ๑๕ มีนาคม ๒๕๖๘",
            Role.DUE_BY, "ก่อน|ล่วงหน้าก่อน", Scope.SINGLE, 0.9);
    /** ได้ถึงวันที่ ๓๑ มีนาคม / จนถึงวันที่ / สิ้นสุดวันที่: the last day something can be done. */
    public static final CueRule UNTIL = CueRule.before("Until", "รับสมัครตั้งแต่บัดนี้ถึงวันที่ ๓๑ มีนาคม ๒๕๖๘",
            Role.DUE_BY, "(?:จน)?ถึง|สิ้นสุด(?:ใน)?|หมดเขต(?:ใน)?|ปิดรับ(?:ใน)?", Scope.SINGLE, 0.8);
    /** ให้แล้วเสร็จในวันที่ … / กำหนดส่งวันที่ …: due by that day. */
    public static final CueRule DONE_BY = CueRule.before("DoneBy", "กำหนดส่งวันที่ ๑๕ มีนาคม ๒๕๖๘",
            Role.DUE_BY, "แล้วเสร็จ\\s?(?:ใน|ภายใน)?|กำหนด(?:การ)?ส่ง(?:ภายใน|ใน)?|ส่งคืน(?:ภายใน|ใน)?", Scope.ANY, 0.9);
    /** เลื่อน … เป็นวันที่ ๑๗ มีนาคม ๒๕๖๘: the new date of a postponement (or a change). */
    public static final CueRule NEW_DATE = CueRule.before("NewDate", "เลื่อนการประชุมเป็นวันที่ ๑๗ มีนาคม ๒๕๖๘",
            Role.EVENT, "เป็น\\s?(?:ใน)?", Scope.ANY, 0.9);
    /** ระหว่างวันที่ ๑๗ - ๑๙ มีนาคม ๒๕๖๘: an event or period over days. */
    public static final CueRule BETWEEN = CueRule.before("Between", "ระหว่างวันที่ ๑๗ - ๑๙ มีนาคม ๒๕๖๘",
            Role.EVENT, "ระหว่าง|ในระหว่าง", Scope.ANY, 0.9);
    /** ตั้งแต่วันที่ ๑ ถึงวันที่ ๕ / ตั้งแต่เดือนพฤษภาคม - กรกฎาคม ๒๕๕๘ / ในช่วง …: a period. */
    public static final CueRule FROM_TO = CueRule.before("FromTo", "ตั้งแต่เดือนพฤษภาคม - กรกฎาคม ๒๕๕๘",
            Role.EVENT, "ตั้งแต่|จาก|(?:ใน)?ช่วง|ใน", Scope.RANGE, 0.9);
    /** ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๗ with no end: a start, not a deadline. */
    public static final CueRule SINCE = CueRule.before("Since", "ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๗",
            Role.NOT_DEADLINE, "ตั้งแต่|นับแต่|นับตั้งแต่|นับจาก", Scope.SINGLE, 1);
    /** ในวันพุธที่ ๒๕ ธันวาคม ๒๕๖๗ เวลา ๑๓.๓๐ - ๑๕.๐๐ น.: a day on which something happens. */
    public static final CueRule ON = CueRule.before("OnDay", "ในวันพุธที่ ๒๕ ธันวาคม ๒๕๖๗ เวลา ๑๓.๓๐ น.",
            Role.EVENT, "ใน|ตรงกับ|กำหนด(?:จัด|การ)?[^\\s]{0,20}?(?:ใน)?", Scope.SINGLE, 0.9);
    /** วันพฤหัสบดีที่ ๒๓ มกราคม ๒๕๖๘ เวลา ๑๔.๓๐ น. (an agenda's line): a timed day is an event. */
    public static final CueRule TIMED = new CueRule("TimedDay", "วันพฤหัสบดีที่ ๒๓ มกราคม ๒๕๖๘ เวลา ๑๔.๓๐ น.",
            Role.EVENT, null, null, Scope.ANY, true, 0.8);

    /** Every rule in the order tried. */
    public static final List<CueRule> ALL = List.of(SIGNED_ON, PAST, AS_OF, EFFECTIVE, POSTPONED_FROM, TIMED_ONWARD,
            ONWARD, RECALLED, YEARLY, SENDER_WILL, PAST_AFTER, WITHIN, NOT_LATER, BEFORE, UNTIL, DONE_BY, NEW_DATE, BETWEEN, FROM_TO, SINCE, ON, TIMED);

    private CueRules() { }
}
