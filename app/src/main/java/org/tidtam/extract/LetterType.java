package org.tidtam.extract;

/** The kinds of official letter (หนังสือราชการ) the Regulation on Saraban knows. */
public enum LetterType {
    /** หนังสือภายนอก: address block, date line, เรื่อง, เรียน, signature. */
    EXTERNAL,
    /** หนังสือภายใน, บันทึกข้อความ: ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน on consecutive lines. */
    MEMO,
    /** หนังสือประทับตรา: ถึง instead of เรียน, no เรื่อง, the agency's stamp instead of a signature. */
    STAMPED,
    /** คำสั่ง. */
    ORDER,
    /** ประกาศ. */
    ANNOUNCEMENT
}
