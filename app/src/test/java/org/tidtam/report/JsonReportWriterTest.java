package org.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {
    private static JsonNode root;

    @BeforeAll
    static void write() throws Exception {
        root = new ObjectMapper().readTree(ReadBack.weekly(ReportFormat.JSON));
    }

    @Test
    void givesDatesAsIsoAndBuddhistEraText() {
        assertThat(root.get("weekStart").asText()).isEqualTo("2025-05-12");
        assertThat(root.get("weekStartBe").asText()).isEqualTo("12 พฤษภาคม 2568");
        assertThat(root.get("weekEnd").asText()).isEqualTo("2025-05-18");
        assertThat(root.get("asOf").asText()).isEqualTo("2025-05-14");
    }

    @Test
    void holdsTheSameContentAsTheOtherFormats() {
        assertThat(root.get("lettersReceived").asInt()).isEqualTo(5);
        assertThat(root.get("letters")).hasSize(5);
        JsonNode first = root.get("letters").get(0);
        assertThat(first.get("regNo").asText()).isEqualTo("2568/121");
        assertThat(first.get("sender").asText()).isEqualTo("กรมส่งเสริมการปกครองท้องถิ่น");
        assertThat(first.get("urgency").asText()).isEqualTo("MOST_URGENT");
        assertThat(first.get("statusLabel").asText()).isEqualTo("มอบหมายแล้ว");
        assertThat(root.get("byUrgency").get(0).get("label").asText()).isEqualTo("ด่วนที่สุด");
        assertThat(root.get("dueSoon")).hasSize(3);
        JsonNode meeting = root.get("dueSoon").get(0);
        assertThat(meeting.get("due").asText()).isEqualTo("2025-05-15");
        assertThat(meeting.get("dueBe").asText()).isEqualTo("15 พฤษภาคม 2568");
        assertThat(meeting.get("time").asText()).isEqualTo("13:30");
        assertThat(meeting.get("daysLeft").asInt()).isEqualTo(1);
        assertThat(root.get("overdue").get(0).get("daysLeft").asInt()).isEqualTo(-5);
        assertThat(root.get("done")).hasSize(2);
        assertThat(root.get("perDay")).hasSize(7);
    }

    @Test
    void hidesClassifiedSubjectsByDefault() {
        assertThat(root.get("includeSecretSubjects").asBoolean()).isFalse();
        assertThat(root.get("letters").get(2).get("subject").asText()).isEqualTo("ลับมาก");
        assertThat(root.toString()).doesNotContain(Samples.SECRET_SUBJECT);
    }
}
