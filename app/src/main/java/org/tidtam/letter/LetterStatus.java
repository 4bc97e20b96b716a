package org.tidtam.letter;

/** Routing status of a registered letter. */
public enum LetterStatus {
    RECEIVED("รับแล้ว"), ASSIGNED("มอบหมายแล้ว"), IN_PROGRESS("กำลังดำเนินการ"), DONE("เสร็จแล้ว");

    private final String thai;

    LetterStatus(String thai) { this.thai = thai; }

    public String thai() { return thai; }
}
