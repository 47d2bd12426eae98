package vn.laichau.par.domain.model.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the PAR INDEX areas ("Lĩnh vực") that group a plan's tasks, numbered I to X in the appendix.
 * Part of the {@link Plan} aggregate.
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
