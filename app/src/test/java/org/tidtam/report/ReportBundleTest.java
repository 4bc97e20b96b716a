package org.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Messages;

class ReportBundleTest {
    @Test
    void thaiAndEnglishHaveTheSameKeys() {
        ResourceBundle th = Messages.thai().bundle("report");
        ResourceBundle en = Messages.english().bundle("report");
        assertThat(th.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
        assertThat(th.getLocale()).isEqualTo(new Locale("th"));
    }

    @Test
    void englishHeadingsKeepBuddhistEraDates() {
        ReportDocument doc = new WeeklyDocument(new ReportText(Messages.english(), false)).of(Samples.week());
        assertThat(doc.title()).isEqualTo("Weekly summary of incoming letters and deadlines");
        assertThat(doc.subtitle()).isEqualTo("Week 12 พฤษภาคม 2568 – 18 พฤษภาคม 2568 · as of 14 พฤษภาคม 2568");
        assertThat(doc.sections().get(1).tables().get(0).headings()).startsWith("Reg. no.", "Received", "Urgency");
    }
}
