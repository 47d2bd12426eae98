package vn.laichau.par.persistence.imports;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.laichau.par.domain.importing.DraftTask;
import vn.laichau.par.domain.importing.ImportWarning;
import vn.laichau.par.domain.model.plan.ManualDeadline;

/**
 * One task row of a draft: the cells as read or as corrected by an administrator, a due date entered by hand
 * when the written deadline cannot be dated, and the warnings that still apply to it.
 */
@Entity
@Table(name = "import_draft_row")
public class ImportDraftRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "draft_id", nullable = false)
    private ImportDraft draft;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "row_numbers", nullable = false, length = 255)
    private String rowNumbers;

    @Column(name = "area_numeral", nullable = false, length = 16)
    private String areaNumeral;

    @Column(name = "code", nullable = false, length = 64)
    private String code;

    @Column(name = "heading")
    private String heading;

    @Column(name = "task_text", nullable = false)
    private String text;

    @Column(name = "lead_text", nullable = false)
    private String leadText;

    @Column(name = "coordinating_text", nullable = false)
    private String coordinatingText;

    @Column(name = "deadline_phrase", nullable = false)
    private String deadlinePhrase;

    @Column(name = "manual_date")
    private LocalDate manualDate;

    @Column(name = "manual_reason", length = 500)
    private String manualReason;

    @Column(name = "manual_every_year", nullable = false)
    private boolean manualEveryYear;

    @Column(name = "evidence", nullable = false)
    private String evidence;

    @Version
    @Column(name = "version")
    private long version;

    @ElementCollection
    @CollectionTable(name = "import_draft_row_warning", joinColumns = @JoinColumn(name = "row_id"))
    @OrderColumn(name = "position")
    private List<DraftWarningEntry> warnings = new ArrayList<>();

    protected ImportDraftRow() {
    }

    ImportDraftRow(ImportDraft draft, int position, DraftTask task, List<ImportWarning> warnings) {
        this.draft = draft;
        this.position = position;
        this.rowNumbers = task.rowNumbers().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.areaNumeral = task.areaNumeral();
        this.code = task.code();
        this.heading = task.heading().orElse(null);
        this.text = task.text();
        this.leadText = task.leadText();
        this.coordinatingText = task.coordinatingText();
        this.deadlinePhrase = task.deadlinePhrase();
        this.evidence = task.evidence();
        replaceWarnings(warnings);
    }

    void correct(RowCorrection correction) {
        correction.code().ifPresent(c -> this.code = c);
        correction.leadText().ifPresent(t -> this.leadText = t);
        correction.coordinatingText().ifPresent(t -> this.coordinatingText = t);
        correction.deadlinePhrase().ifPresent(p -> this.deadlinePhrase = p);
        if (correction.followWrittenDeadline()) {
            this.manualDate = null;
            this.manualReason = null;
            this.manualEveryYear = false;
        }
        correction.manualDate().ifPresent(d -> {
            this.manualDate = d;
            this.manualReason = correction.manualReason().orElseThrow();
            this.manualEveryYear = correction.manualEveryYear();
        });
    }

    void replaceWarnings(List<ImportWarning> current) {
        warnings.clear();
        current.forEach(w -> warnings.add(new DraftWarningEntry(w)));
    }

    public Long id() {
        return id;
    }

    public ImportDraft draft() {
        return draft;
    }

    public int position() {
        return position;
    }

    public List<Integer> rowNumbers() {
        return Arrays.stream(rowNumbers.split(",")).map(Integer::valueOf).toList();
    }

    public int firstRow() {
        return rowNumbers().get(0);
    }

    public String areaNumeral() {
        return areaNumeral;
    }

    public String code() {
        return code;
    }

    public Optional<String> heading() {
        return Optional.ofNullable(heading);
    }

    public String text() {
        return text;
    }

    public String leadText() {
        return leadText;
    }

    public String coordinatingText() {
        return coordinatingText;
    }

    public String deadlinePhrase() {
        return deadlinePhrase;
    }

    public String evidence() {
        return evidence;
    }

    /** The due date entered by hand, if any. */
    public Optional<ManualDeadline> manualDeadline() {
        if (manualDate == null) {
            return Optional.empty();
        }
        return Optional.of(manualEveryYear
                ? ManualDeadline.everyYear(MonthDay.from(manualDate), manualReason)
                : ManualDeadline.once(manualDate, manualReason));
    }

    public long version() {
        return version;
    }

    public List<ImportWarning> warnings() {
        return warnings.stream().map(DraftWarningEntry::toWarning).toList();
    }
}
