package vn.laichau.par.domain.importing;

import java.util.Objects;

/**
 * Something the importer could not fully understand in one row of the file, for a person to review.
 *
 * @param rowNumber the row (line of a text file, row of a sheet) from 1, where the problem is
 */
public record ImportWarning(int rowNumber, WarningKind kind, String messageVi, String messageEn) {

    public ImportWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    @Override
    public String toString() {
        return "dòng/row " + rowNumber + " " + kind + ": " + messageVi + " / " + messageEn;
    }
}
