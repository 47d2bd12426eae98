package vn.laichau.par.application.report;

/**
 * Text that a spreadsheet would read as a formula when typed or imported: it begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return. Such text is written with the quote prefix ("'"), so it stays
 * text when the cell is edited, exported to CSV or opened by another program.
 */
final class FormulaText {

    private FormulaText() {
    }

    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
