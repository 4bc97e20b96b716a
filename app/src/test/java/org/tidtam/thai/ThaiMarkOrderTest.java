package org.tidtam.thai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiMarkOrderTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            เลขท่ี          | เลขที่
            ท้ัง            | ทั้ง
            พันธ์ุ          | พันธุ์
            ผู้             | ผู้
            ผู้             | ผู้
            นํ้า            | น้ำ
            น้ํา            | น้ำ
            ดําเนินการ      | ดำเนินการ
            ที่ มท ๐๓๒๒     | ที่ มท ๐๓๒๒
            plain text      | plain text
            """)
    void putsMarksInUnicodeOrder(String fromPdf, String expected) {
        assertThat(ThaiMarkOrder.normalise(fromPdf)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            เลขที่ ทั้ง พันธุ์ น้ำ ดำเนินการ ผู้ว่าราชการจังหวัด กี่ครั้ง
            """)
    void leavesCorrectTextAlone(String correct) {
        assertThat(ThaiMarkOrder.normalise(correct)).isEqualTo(correct);
    }
}
