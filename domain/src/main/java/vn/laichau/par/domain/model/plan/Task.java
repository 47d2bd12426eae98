package vn.laichau.par.domain.model.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.deadline.DeadlineRule;
import vn.laichau.par.domain.deadline.SetByHand;
import vn.laichau.par.domain.model.agency.ResponsibleParty;

/**
 * One concrete task of a plan's appendix ("Nhiệm vụ"): what must be done, by whom, by when, proven by what.
 * The deadline is kept exactly as written; the rule it becomes is derived by the deadline phrase parser,
 * and a person may set a due date by hand where the parser cannot date the phrase.
 */
@Entity
@Table(name = "task")
public class Task {

    private static final int SHORT_TITLE_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @ManyToOne(optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private Area area;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "code", nullable = false, length = 32)
    private String code;

    @Column(name = "heading", length = 1000)
    private String heading;

    @Column(name = "full_text", nullable = false, length = 8000)
    private String text;

    @Column(name = "lead_text", nullable = false, length = 1000)
    private String leadText;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_lead_party", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    private List<ResponsibleParty> leads = new ArrayList<>();

    @Column(name = "coordinating_text", nullable = false, length = 1000)
    private String coordinatingText;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_coordinating_party", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    private List<ResponsibleParty> coordinators = new ArrayList<>();

    @Column(name = "deadline_phrase", nullable = false, length = 500)
    private String deadlinePhrase;

    @Embedded
    private ManualDeadline manualDeadline;

    @Embedded
    private EvidenceRequirement evidence;

    /** The first indicator the task serves, kept for readers of the table; all of them are in {@link #indicatorCodes}. */
    @Column(name = "indicator_code", length = 32)
    private String indicatorCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_indicator", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    @Column(name = "indicator_code", nullable = false, length = 32)
    private List<String> indicatorCodes = new ArrayList<>();

    /** Empty for a row of the appendix; the section of the plan's body that states the obligation otherwise. */
    @Column(name = "body_section", length = 16)
    private String bodySection;

    /** Code, heading, text and agency cells folded by {@link SearchText#fold}, for search without diacritics. */
    @Column(name = "search_text", nullable = false, length = 16000)
    private String searchText;

    @Version
    @Column(name = "version")
    private long version;

    /** When the row last changed, kept by the database; for delta synchronisation. */
    @Column(name = "updated_at", insertable = false, updatable = false)
    private Instant updatedAt;

    protected Task() {
    }

    Task(Plan plan, Area area, int position, TaskDefinition definition) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.area = Objects.requireNonNull(area, "area");
        this.position = position;
        this.code = definition.code();
        this.heading = definition.heading().orElse(null);
        this.text = definition.text();
        this.leadText = definition.leadText();
        this.leads = new ArrayList<>(definition.leads());
        this.coordinatingText = definition.coordinatingText();
        this.coordinators = new ArrayList<>(definition.coordinators());
        this.deadlinePhrase = definition.deadlinePhrase();
        this.evidence = definition.evidence();
        this.indicatorCode = definition.indicatorCode().orElse(null);
        this.indicatorCodes = new ArrayList<>(definition.indicatorCodes());
        this.bodySection = definition.bodySection().orElse(null);
    }

    /**
     * Sets the due date by hand, for a deadline the parser cannot date ("Theo hướng dẫn của Bộ Nội vụ") or
     * to replace the written one; the written phrase is kept.
     */
    public void scheduleByHand(ManualDeadline deadline) {
        this.manualDeadline = Objects.requireNonNull(deadline, "deadline");
    }

    /**
     * The rule the task's deadline follows: the dates set by hand for the plan's years when there are any,
     * else what the parser reads from the written phrase (which may be that a person must set the date).
     */
    public DeadlineRule deadlineRule(DeadlinePhraseParser parser) {
        if (manualDeadline == null) {
            return parser.parse(deadlinePhrase);
        }
        Map<Integer, LocalDate> dates = new TreeMap<>();
        for (int year : plan.planYears()) {
            manualDeadline.dueIn(year).ifPresent(date -> dates.put(year, date));
        }
        return new SetByHand(dates, manualDeadline.reason());
    }

    /** The task as a definition, to copy it into another plan (a new cycle) with its indicators and origin. */
    public TaskDefinition definition() {
        return new TaskDefinition(code, heading(), text, leadText, leads(), coordinatingText, coordinators(),
                deadlinePhrase, evidence(), indicatorCodes(), bodySection());
    }

    /** Drops a date set by hand: the written deadline applies again. */
    public void followWrittenDeadline() {
        this.manualDeadline = null;
    }

    public Long id() {
        return id;
    }

    public Plan plan() {
        return plan;
    }

    public Area area() {
        return area;
    }

    /** The order of the task in the plan's appendix, from 1. */
    public int position() {
        return position;
    }

    public String code() {
        return code;
    }

    public Optional<String> heading() {
        return Optional.ofNullable(heading);
    }

    /** The task as written. */
    public String text() {
        return text;
    }

    /**
     * A title for lists: the heading the task sits under, else the words before the first colon of its
     * text ("Kế hoạch CCHC"), else the start of its text.
     */
    public String shortTitle() {
        if (heading != null) {
            return heading;
        }
        int colon = text.indexOf(':');
        if (colon > 0 && colon <= SHORT_TITLE_LENGTH) {
            return text.substring(0, colon).strip();
        }
        return text.length() <= SHORT_TITLE_LENGTH ? text : text.substring(0, SHORT_TITLE_LENGTH).strip() + "…";
    }

    public String leadText() {
        return leadText;
    }

    public List<ResponsibleParty> leads() {
        return List.copyOf(leads);
    }

    public String coordinatingText() {
        return coordinatingText;
    }

    public List<ResponsibleParty> coordinators() {
        return List.copyOf(coordinators);
    }

    /** The deadline exactly as the plan writes it. */
    public String deadlinePhrase() {
        return deadlinePhrase;
    }

    public Optional<ManualDeadline> manualDeadline() {
        return Optional.ofNullable(manualDeadline);
    }

    public EvidenceRequirement evidence() {
        return evidence == null ? EvidenceRequirement.none() : evidence;
    }

    public boolean requiresEvidence() {
        return evidence().isRequired();
    }

    public Optional<String> indicatorCode() {
        return indicatorCodes().stream().findFirst();
    }

    /** Every indicator the task contributes to, in order. */
    public List<String> indicatorCodes() {
        return List.copyOf(indicatorCodes);
    }

    /** Lets the task contribute to one more of its plan's indicators. */
    public void contributeTo(Indicator indicator) {
        if (!indicator.plan().equals(plan)) {
            throw new IllegalArgumentException("Indicator " + indicator.code() + " belongs to another plan");
        }
        if (!indicatorCodes().contains(indicator.code())) {
            List<String> codes = new ArrayList<>(indicatorCodes());
            codes.add(indicator.code());
            this.indicatorCodes = codes;
            this.indicatorCode = codes.get(0);
        }
    }

    /** The section of the plan's body that states this obligation ({@code "III"}); empty for an appendix row. */
    public Optional<String> bodySection() {
        return Optional.ofNullable(bodySection);
    }

    /** Whether the task is a row of the plan's appendix (not an obligation stated in its body). */
    public boolean isAppendixRow() {
        return bodySection == null;
    }

    public long version() {
        return version;
    }

    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }

    @PrePersist
    @PreUpdate
    void foldSearchText() {
        this.searchText = SearchText.fold(String.join(" ", code, heading == null ? "" : heading, text, leadText,
                coordinatingText));
    }

    @Override
    public String toString() {
        return code + " " + shortTitle();
    }
}
