package org.tidtam.letter;

/** Security grade under the Regulation on Keeping Official Secrets (ระเบียบว่าด้วยการรักษาความลับของทางราชการ). */
public enum Secrecy {
    NORMAL("ปกติ"), CONFIDENTIAL("ลับ"), SECRET("ลับมาก"), TOP_SECRET("ลับที่สุด");

    private final String thai;

    Secrecy(String thai) { this.thai = thai; }

    public String thai() { return thai; }

    public boolean isClassified() { return this != NORMAL; }
}
