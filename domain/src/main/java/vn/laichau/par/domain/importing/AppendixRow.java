package vn.laichau.par.domain.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * One logical row of the appendix: the six cleaned cells, joined from several rows of the file where a page
 * break split it.
 */
final class AppendixRow {

    static final int COLUMNS = 6;
    static final int NUMBER = 0;
    static final int TEXT = 1;
    static final int LEAD = 2;
    static final int COORDINATING = 3;
    static final int DEADLINE = 4;
    static final int EVIDENCE = 5;

    private final List<Integer> rowNumbers = new ArrayList<>();
    private final String[] cells = new String[COLUMNS];

    AppendixRow(SourceRow row) {
        rowNumbers.add(row.rowNumber());
        for (int c = 0; c < COLUMNS; c++) {
            cells[c] = CellText.clean(row.cell(c));
        }
    }

    /** Appends the cells of the rest of a row split by a page break, each with one space. */
    void join(AppendixRow rest) {
        rowNumbers.addAll(rest.rowNumbers);
        for (int c = 0; c < COLUMNS; c++) {
            if (!rest.cells[c].isEmpty()) {
                cells[c] = cells[c].isEmpty() ? rest.cells[c] : cells[c] + " " + rest.cells[c];
            }
        }
    }

    /** Applies known OCR repairs to every cell. */
    void repair(OcrRepairs repairs) {
        for (int c = 0; c < COLUMNS; c++) {
            cells[c] = repairs.apply(cells[c]);
        }
    }

    /** Whether this row, read after an empty line, is the rest of the previous row. */
    boolean continuesPreviousRow() {
        return number().isEmpty() && (text().isEmpty() || CellText.startsLowercase(text()));
    }

    int firstRow() {
        return rowNumbers.get(0);
    }

    List<Integer> rowNumbers() {
        return List.copyOf(rowNumbers);
    }

    String cell(int column) {
        return cells[column];
    }

    String number() {
        return cells[NUMBER];
    }

    String text() {
        return cells[TEXT];
    }

    /** A row without lead, coordinating agencies or deadline: a heading, not a task. */
    boolean isHeading() {
        return cells[LEAD].isEmpty() && cells[COORDINATING].isEmpty() && cells[DEADLINE].isEmpty();
    }

    /** An area heading: an upper-case title, in the text column or, without a numeral, in the number column. */
    boolean isAreaHeading() {
        if (!isHeading()) {
            return false;
        }
        if (text().isEmpty()) {
            return CellText.isUpperCaseTitle(number()) && RomanNumerals.parse(number()).isEmpty();
        }
        return CellText.isUpperCaseTitle(text());
    }

    /** The title of a heading row: the text cell, or the number cell when the title was printed there. */
    String headingTitle() {
        return text().isEmpty() ? number() : text();
    }

    /** The number printed for a heading, empty when the title took its place. */
    String headingNumber() {
        return text().isEmpty() ? "" : number();
    }
}
