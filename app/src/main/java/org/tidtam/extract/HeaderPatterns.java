package org.tidtam.extract;

import java.util.regex.Pattern;

/** The line shapes of a letter's head and foot, compiled once. Lines are cleaned and in Arabic digits. */
final class HeaderPatterns {
    /**
     * "ที่ มท 0322/ว 55878", "ที่ ขก(บค)0017.5/ว 13576", "ที่มท 0322/ว 1" (OCR lost the space), "ที่ 123/2567"
     * (an order): group 1 the number. "ที่ทำการ…" and "ที่ประชุม…" are words, not numbers.
     */
    static final Pattern NUMBER = Pattern.compile(
            "^ที่(?:\\s?[:.]?\\s?(?=[ก-ฮ]{1,4}\\.?\\s?(?:\\([^)\\n]{1,15}\\))?\\s?\\d)|\\s?[:.]?\\s+(?=\\d))"
            + "([^\\n]*/[^\\n]*)");
    /** A number alone on its line without ที่, as stamped letters print it: "อต 0017.5/ว 178". */
    static final Pattern BARE_NUMBER = Pattern.compile(
            "^((?:[ก-ฮ]\\.?){2,4}\\s?(?:\\([^)\\n]{1,15}\\))?\\s?\\d{2,}[\\d.]*\\s?/\\s?ว?\\.?\\s?\\d+)$");
    /** The start {@link #BARE_NUMBER} needs, tried on a whole line before cutting it into columns. */
    static final Pattern BARE_NUMBER_START = Pattern.compile("^(?:[ก-ฮ]\\.?){2,4}\\s?(?:\\([^)\\n]{1,15}\\))?\\s?\\d{2,}");
    static final Pattern URGENCY = Pattern.compile("^(ด่วนที่สุด|ด่วนมาก|ด่วน)\\s?$");
    static final Pattern MEMO = Pattern.compile("^บันทึกข้อความ\\s?$");
    static final Pattern ORDER = Pattern.compile("^คำสั่ง(?!ที่)\\S");
    static final Pattern ANNOUNCEMENT = Pattern.compile("^ประกาศ(?!ณ)\\S");
    static final Pattern SUBJECT = Pattern.compile("^เรื่อง\\s?[:]?\\s+(\\S.*)$");
    static final Pattern TO = Pattern.compile("^(เรียน|ถึง)\\s?[:]?\\s+(\\S.*)$");
    static final Pattern REFERENCE = Pattern.compile("^อ้างถึง\\s?[:]?\\s*(.*)$");
    static final Pattern ENCLOSURE = Pattern.compile("^สิ่งที่ส่งมาด้วย\\s?[:]?\\s*(.*)$");
    static final Pattern MEMO_UNIT = Pattern.compile("^ส่วนราชการ\\s?[:]?\\s+(\\S.*)$");
    static final Pattern MEMO_DATE = Pattern.compile("^วันที่\\s?[:]?\\s*\\d");
    /** A receiving stamp's number line: "เลขรับ 347", "เลขที่รับ 347", "เลขที่ 6281", "รับที่ 12". */
    static final Pattern STAMP_NUMBER = Pattern.compile(
            "^(?:เลข(?:ที่)?(?:รับ)?(?:ที่)?|รับที่)\\s?[:.]?\\s?(\\d[\\d ,/]{0,12}\\d?)\\s*(?:(วันที่.*))?$");
    /** The foot of an order or announcement: "สั่ง ณ วันที่ ๑๘ มีนาคม พ.ศ. ๒๕๖๘", "ประกาศ ณ วันที่ …". Group 1 the date. */
    static final Pattern ISSUED_ON = Pattern.compile("^(?:สั่ง|ประกาศ|ให้ไว้)\\s?ณ\\s?(วันที่.*)$");
    static final Pattern STAMP_DATE = Pattern.compile("^วันที่\\s?[:.]?\\s?(.*)$");
    static final Pattern STAMP_TIME = Pattern.compile("^เวลา\\b?.{0,20}$");
    static final Pattern BODY_OPENER = Pattern.compile(
            "^(?:ด้วย|ตามที่|ตาม|เนื่อง|อนุสนธิ|ในการนี้|โดยที่|ข้อเท็จจริง|เรื่องเดิม|ข้าพเจ้า|จึงเรียน|จึงแจ้ง"
            + "|ขอแสดงความนับถือ|ขอเรียน|ขอส่ง|ขอแจ้ง|ขอเชิญ|ขอประชาสัมพันธ์)");
    static final Pattern ADDRESS = Pattern.compile(
            "(?:ถนน|ถ\\.|ตำบล|ต\\.|อำเภอ|อ\\.|แขวง|เขต|ซอย|ซ\\.|หมู่|ม\\.|เลขที่|ตู้|ปณ|กทม|\\d{5}\\s*$)");
    static final Pattern POSTCODE_END = Pattern.compile("\\d{5}\\s*$");
    /**
     * The building an office works from, named before the office: "ศาลากลางจังหวัดขอนแก่น" → จังหวัดขอนแก่น,
     * "ที่ว่าการอำเภอสันทราย" → อำเภอสันทราย, "ที่ทำการองค์การบริหารส่วนตำบลบ้านเป็ด" → องค์การบริหารส่วนตำบลบ้านเป็ด.
     * Group 1 the office.
     */
    static final Pattern SEAT_OF_OFFICE = Pattern.compile(
            "^(?:ศาลากลาง(?=จังหวัด)|ที่ว่าการ(?=อำเภอ|เขต)|ที่ทำการ(?=องค์การ|เทศบาล))(\\S+)");
    static final Pattern AGENCY = Pattern.compile(
            "^(?:สำนักงาน|สำนัก|กรม|กระทรวง|จังหวัด|อำเภอ|กอง|ศูนย์|สถาบัน|องค์การ|เทศบาล|มหาวิทยาลัย"
            + "|โรงเรียน|ที่ทำการ|ที่ว่าการ|สำนักนายก|กรุงเทพมหานคร|คณะ|ฝ่าย|กลุ่ม|ศาลากลาง)");
    static final Pattern SIGNER = Pattern.compile("^\\(\\s?((?:นาย|นาง|นางสาว|น\\.ส\\.|ว่าที่|ดร|พล|พ\\.|พัน|ร\\.|"
            + "จ\\.|ส\\.|ศ\\.|รศ|ผศ|ผู้|[ก-๛])[^()]{2,60})\\)$");
    static final Pattern PHONE = Pattern.compile(
            "โทร(?:ศัพท์)?(?:\\s?/\\s?โทรสาร)?\\.?\\s?:?\\s?((?:0|\\+66)[\\d -]{7,16}\\d)");
    static final Pattern CIRCULAR = Pattern.compile("/\\s?ว");
    static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)\\s*");
    static final Pattern CLOSING = Pattern.compile("^(?:ขอแสดงความนับถือ|ขอแสดงความนับถืออย่างสูง)");

    private HeaderPatterns() { }
}
