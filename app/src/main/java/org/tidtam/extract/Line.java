package org.tidtam.extract;

/**
 * One line of normalised text with Markdown and table decoration removed from its ends
 * ("## บันทึกข้อความ" → "บันทึกข้อความ", "- สิ่งที่ส่งมาด้วย" → "สิ่งที่ส่งมาด้วย").
 *
 * @param index line number within the file
 * @param start offset of the cleaned content in the normalised text
 * @param end   offset just after the cleaned content
 * @param text  the cleaned content
 * @param rawBlank true when the line holds only white space (not even table marks)
 */
record Line(int index, int start, int end, String text, boolean rawBlank) {

    /** True when nothing but decoration or space is on the line. */
    boolean isBlank() { return text.isEmpty(); }

    boolean startsWith(String prefix) { return text.startsWith(prefix); }
}
