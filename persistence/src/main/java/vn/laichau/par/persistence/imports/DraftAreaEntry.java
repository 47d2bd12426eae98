package vn.laichau.par.persistence.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.laichau.par.domain.importing.DraftArea;

/** An area heading of a stored draft, as read. */
@Embeddable
public class DraftAreaEntry {

    @Column(name = "source_row", nullable = false)
    private int sourceRow;

    @Column(name = "numeral", nullable = false, length = 16)
    private String numeral;

    @Column(name = "name", nullable = false)
    private String name;

    protected DraftAreaEntry() {
    }

    DraftAreaEntry(DraftArea area) {
        this.sourceRow = area.rowNumber();
        this.numeral = area.numeral();
        this.name = area.name();
    }

    public DraftArea toArea() {
        return new DraftArea(sourceRow, numeral, name);
    }
}
