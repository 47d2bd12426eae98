package vn.laichau.par.domain.model.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.laichau.par.domain.model.agency.ResponsibleParty;

/**
 * One of the PAR INDEX areas ("Lĩnh vực") that group a plan's tasks, numbered I to X in the appendix, with the
 * lead and coordinating agencies the plan's body names for the whole area ("1.2. Trách nhiệm thực hiện — Đơn vị
 * chủ trì: Sở Nội vụ …"). Part of the {@link Plan} aggregate.
 */
@Entity
@Table(name = "plan_area")
public class Area {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "numeral", nullable = false, length = 8)
    private String numeral;

    @Column(name = "name", nullable = false, length = 500)
    private String name;

    /** The section of the plan's body naming the area's agencies ({@code "II.1.2"}); empty when none does. */
    @Column(name = "responsibility_section", length = 16)
    private String responsibilitySection;

    @Column(name = "lead_text", length = 1000)
    private String leadText;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "area_lead_party", joinColumns = @JoinColumn(name = "area_id"))
    @OrderColumn(name = "position")
    private List<ResponsibleParty> leads = new ArrayList<>();

    @Column(name = "coordinating_text", length = 1000)
    private String coordinatingText;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "area_coordinating_party", joinColumns = @JoinColumn(name = "area_id"))
    @OrderColumn(name = "position")
    private List<ResponsibleParty> coordinators = new ArrayList<>();

    @OneToMany(mappedBy = "area", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Task> tasks = new ArrayList<>();

    protected Area() {
    }

    Area(Plan plan, int position, String numeral, String name) {
        this.plan = plan;
        this.position = position;
        this.numeral = Texts.required(numeral, "numeral");
        this.name = Texts.required(name, "name");
    }

    Task append(TaskDefinition definition, int planPosition) {
        Task task = new Task(plan, this, planPosition, definition);
        tasks.add(task);
        return task;
    }

    /**
     * Records the agencies the plan's body holds responsible for the whole area, as written and as parties:
     * who leads ("Đơn vị chủ trì") and who coordinates ("Đơn vị phối hợp"), and the section that says so.
     */
    public void assignResponsibility(AreaResponsibility responsibility) {
        Objects.requireNonNull(responsibility, "responsibility");
        this.responsibilitySection = responsibility.section();
        this.leadText = responsibility.leadText();
        this.leads = new ArrayList<>(responsibility.leads());
        this.coordinatingText = responsibility.coordinatingText();
        this.coordinators = new ArrayList<>(responsibility.coordinators());
    }

    /** The lead and coordinating agencies of the whole area, when the plan's body names them. */
    public Optional<AreaResponsibility> responsibility() {
        if (responsibilitySection == null) {
            return Optional.empty();
        }
        return Optional.of(new AreaResponsibility(responsibilitySection, leadText, List.copyOf(leads),
                coordinatingText == null ? "" : coordinatingText, List.copyOf(coordinators)));
    }

    public List<Task> tasks() {
        return List.copyOf(tasks);
    }

    public Long id() {
        return id;
    }

    public Plan plan() {
        return plan;
    }

    public int position() {
        return position;
    }

    /** The Roman numeral of the area: I … X. */
    public String numeral() {
        return numeral;
    }

    public String name() {
        return name;
    }
}
