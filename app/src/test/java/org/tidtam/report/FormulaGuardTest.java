package org.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaGuardTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            =1+2               | '=1+2
            +66 81 234 5678    | '+66 81 234 5678
            -สำนักงาน          | '-สำนักงาน
            @SUM(A1)           | '@SUM(A1)
            กรมการปกครอง       | กรมการปกครอง
            2568/15            | 2568/15
            a=b                | a=b
            """)
    void prefixesTextThatCouldRunAsAFormula(String text, String written) {
        assertThat(FormulaGuard.escape(text)).isEqualTo(written);
    }

    @org.junit.jupiter.api.Test
    void tabAndCarriageReturnAreRiskyToo() {
        assertThat(FormulaGuard.isRisky("\t=1")).isTrue();
        assertThat(FormulaGuard.isRisky("\r=1")).isTrue();
        assertThat(FormulaGuard.isRisky("")).isFalse();
    }
}
