package org.tidtam.report;

/**
 * Keeps text from running as a spreadsheet formula (CSV/formula injection): a cell that begins with
 * =, +, -, @, a tab or a carriage return could be taken as a formula by Excel or LibreOffice.
 */
public final class FormulaGuard {
    private FormulaGuard() { }

    public static boolean isRisky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The text with a leading apostrophe if it is risky: spreadsheets then show it as text. */
    public static String escape(String text) { return isRisky(text) ? "'" + text : text; }
}
