package org.tidtam.extract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Realistic letters in our own words around a phrase under test, dated ๑๐ มกราคม ๒๕๖๘ (2025-01-10). */
final class LetterFrames {
    static final LocalDate LETTER_DATE = LocalDate.of(2025, 1, 10);
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay(ZoneId.of("Asia/Bangkok"))
            .toInstant(), ZoneId.of("Asia/Bangkok"));

    private LetterFrames() { }

    static String external(String body) {
        return """
                ด่วนมาก
                ที่ ศธ ๐๒๐๖/ว ๑๒๓

                กระทรวงศึกษาธิการ
                ถนนราชดำเนินนอก กทม. ๑๐๓๐๐

                ๑๐ มกราคม ๒๕๖๘

                เรื่อง การดำเนินงานโครงการโรงเรียนสุจริต

                เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

                ด้วยกระทรวงศึกษาธิการได้ดำเนินโครงการโรงเรียนสุจริตต่อเนื่องเป็นปีที่สาม
                """ + body + """


                จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการต่อไป

                ขอแสดงความนับถือ

                (นายสมชาย ใจดี)
                ปลัดกระทรวงศึกษาธิการ

                สำนักงานปลัดกระทรวง
                โทร. ๐ ๒๖๒๘ ๕๖๔๖
                """;
    }

    static Extraction read(String text) {
        return new LetterExtractor(CLOCK).extract(text, "test");
    }
}
