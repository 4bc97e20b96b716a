package org.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Messages;

class RegisterPrintoutTest {
    @Test
    void keepsTheRangeInNumberOrderWithCancelledEntriesMarked() {
        RegisterPrintout p = RegisterPrintout.of(LocalDate.of(2025, 5, 12), LocalDate.of(2025, 5, 15),
                Samples.letters(), null);
        assertThat(p.lines()).extracting(l -> l.regNo().number()).containsExactly(121, 122, 123, 124, 125, 126);
        Table table = new RegisterDocument(new ReportText(Messages.thai(), false)).of(p).sections().get(0).tables().get(0);
        assertThat(table.headings()).containsExactly("เลขทะเบียนรับ", "วันที่รับ", "ที่", "ลงวันที่", "จาก", "ถึง",
                "เรื่อง", "การปฏิบัติ", "หมายเหตุ");
        assertThat(table.rows().get(5).get(8)).isEqualTo("ยกเลิก ลงทะเบียนซ้ำกับ 125");
        assertThat(table.rows().get(2).get(6)).isEqualTo("ลับมาก");
        assertThat(table.rows().get(0).get(7)).isEqualTo("นางสาวปิยะนุช ศรีสุข (กลุ่มงานอำนวยการ)");
    }

    @Test
    void refusesAnEmptyRange() {
        assertThatThrownBy(() -> RegisterPrintout.of(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 1), List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
