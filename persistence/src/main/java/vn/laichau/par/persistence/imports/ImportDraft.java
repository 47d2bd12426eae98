package vn.laichau.par.persistence.imports;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.importing.AppendixFormat;
import vn.laichau.par.domain.importing.DraftArea;
import vn.laichau.par.domain.importing.ImportWarning;

/**
 * An uploaded appendix waiting for review: its areas, its task rows, and the warnings that belong to no task
 * row (area headings, skipped rows). Any change to a row changes the draft's version.
 */
@Entity
@Table(name = "import_draft")
public class ImportDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_format", nullable = false, length = 8)
    private AppendixFormat format;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version")
    private long version;

    @ElementCollection
    @CollectionTable(name = "import_draft_area", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "position")
    private List<DraftAreaEntry> areas = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "import_draft_warning", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "position")
    private List<DraftWarningEntry> warnings = new ArrayList<>();

    @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ImportDraftRow> rows = new ArrayList<>();

    protected ImportDraft() {
    }

    ImportDraft(String fileName, AppendixFormat format, List<DraftArea> areas, List<ImportWarning> warnings,
                Instant now) {
        this.fileName = fileName;
        this.format = format;
        this.createdAt = now;
        this.updatedAt = now;
        areas.forEach(a -> this.areas.add(new DraftAreaEntry(a)));
        warnings.forEach(w -> this.warnings.add(new DraftWarningEntry(w)));
    }

    void addRow(ImportDraftRow row) {
        rows.add(row);
    }

    /** Marks the draft changed, so that its version moves on with a change to one of its rows. */
    void touch(Instant now) {
        this.updatedAt = now.isAfter(updatedAt) ? now : updatedAt.plusNanos(1000);
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public AppendixFormat format() {
        return format;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public List<DraftArea> areas() {
        return areas.stream().map(DraftAreaEntry::toArea).toList();
    }

    /** The warnings about rows that are not tasks. */
    public List<ImportWarning> fileWarnings() {
        return warnings.stream().map(DraftWarningEntry::toWarning).toList();
    }

    public List<ImportDraftRow> rows() {
        return List.copyOf(rows);
    }

    public Optional<ImportDraftRow> row(long rowId) {
        return rows.stream().filter(r -> r.id() == rowId).findFirst();
    }
}
