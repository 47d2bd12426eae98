package vn.laichau.par.persistence.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.laichau.par.domain.importing.ImportWarning;
import vn.laichau.par.domain.importing.WarningKind;

/** A warning of a stored draft: something in one row of the file a person should review. */
@Embeddable
public class DraftWarningEntry {

    @Column(name = "source_row", nullable = false)
    private int sourceRow;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private WarningKind kind;

    @Column(name = "message_vi", nullable = false)
    private String messageVi;

    @Column(name = "message_en", nullable = false)
    private String messageEn;

    protected DraftWarningEntry() {
    }

    DraftWarningEntry(ImportWarning warning) {
        this.sourceRow = warning.rowNumber();
        this.kind = warning.kind();
        this.messageVi = warning.messageVi();
        this.messageEn = warning.messageEn();
    }

    public ImportWarning toWarning() {
        return new ImportWarning(sourceRow, kind, messageVi, messageEn);
    }
}
