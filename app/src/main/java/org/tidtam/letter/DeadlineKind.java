package org.tidtam.letter;

/** What a deadline asks of the recipient; defined in shared/letters/README.md. */
public enum DeadlineKind {
    REPORT("รายงานผล"), SUBMIT("ส่งเอกสาร/ข้อมูล"), DISBURSE("เบิกจ่าย"), REPLY("ตอบรับ/ยืนยัน"),
    MEETING("ประชุม/อบรม"), PERIOD("ช่วงดำเนินการ"), OTHER("อื่น ๆ");

    private final String thai;

    DeadlineKind(String thai) { this.thai = thai; }

    public String thai() { return thai; }
}
