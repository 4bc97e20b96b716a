package org.tidtam.intake;

/** The kinds of file Tidtam reads text from. */
public enum IntakeFormat {
    /** Plain text (.txt, .md, or anything that decodes as text). */
    TEXT,
    /** PDF with a text layer. */
    PDF,
    /** Word 2007+ (.docx). */
    DOCX
}
