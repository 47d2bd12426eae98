package vn.laichau.par.domain.model.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A plan issued by a People's Committee ("Kế hoạch 447/KH-UBND"): its number, issue date, issuer, period
 * and title; the areas of its appendix with their tasks; and its numeric targets. The plan is the aggregate
 * root: areas, tasks and indicators are created through it, and task codes are unique within it.
 */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "number", nullable = false, unique = true, length = 64)
    private String number;

    @Column(name = "title", nullable = false, length = 1000)
    private String title;

    @Column(name = "issuer", nullable = false, length = 255)
    private String issuer;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "first_year", nullable = false)
    private int firstYear;

    @Column(name = "last_year", nullable = false)
    private int lastYear;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Area> areas = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Indicator> indicators = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Plan() {
    }

    /**
     * @param number   the plan's number as printed, e.g. {@code 447/KH-UBND}
     * @param title    the plan's title
     * @param issuer   the issuing body, e.g. {@code UBND tỉnh Lai Châu}
     * @param issuedOn the date of issue
     * @param firstYear the first plan year of its period
     * @param lastYear  the last plan year of its period
     */
    public Plan(String number, String title, String issuer, LocalDate issuedOn, int firstYear, int lastYear) {
        this.number = Texts.required(number, "number");
        this.title = Texts.required(title, "title");
        this.issuer = Texts.required(issuer, "issuer");
        this.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("The period " + firstYear + "–" + lastYear + " ends before it starts");
        }
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** Opens the next area of the appendix ("II", "XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QPPL TẠI TỈNH"). */
    public Area openArea(String numeral, String name) {
        String normalised = Texts.required(numeral, "numeral");
        if (area(normalised).isPresent()) {
            throw new IllegalArgumentException("Kế hoạch " + number + " đã có lĩnh vực " + normalised
                    + " / plan " + number + " already has area " + normalised);
        }
        Area area = new Area(this, areas.size() + 1, normalised, name);
        areas.add(area);
        return area;
    }

    /** Adds a task at the end of an area of this plan; its code must be new in the plan. */
    public Task addTask(Area area, TaskDefinition definition) {
        if (!areas.contains(area)) {
            throw new IllegalArgumentException("Area " + area.numeral() + " does not belong to plan " + number);
        }
        if (task(definition.code()).isPresent()) {
            throw new IllegalArgumentException("Mã nhiệm vụ " + definition.code() + " bị trùng trong kế hoạch " + number
                    + " / duplicate task code " + definition.code() + " in plan " + number);
        }
        return area.append(definition, tasks().size() + 1);
    }

    /** Adds a numeric target ("Chỉ tiêu") of the plan. */
    public Indicator addIndicator(String code, Optional<String> areaNumeral, String description, String unit,
                                  List<IndicatorTarget> targets) {
        if (indicator(code).isPresent()) {
            throw new IllegalArgumentException("Duplicate indicator code " + code + " in plan " + number);
        }
        Indicator indicator = new Indicator(this, indicators.size() + 1, code, areaNumeral, description, unit, targets);
        indicators.add(indicator);
        return indicator;
    }

    public List<Area> areas() {
        return List.copyOf(areas);
    }

    public Optional<Area> area(String numeral) {
        return areas.stream().filter(a -> a.numeral().equals(numeral)).findFirst();
    }

    /** Every task, in the order of the appendix. */
    public List<Task> tasks() {
        return areas.stream().flatMap(a -> a.tasks().stream()).toList();
    }

    /** The rows of the plan's appendix, in order, without the obligations its body states. */
    public List<Task> appendixTasks() {
        return tasks().stream().filter(Task::isAppendixRow).toList();
    }

    public Optional<Task> task(String code) {
        return tasks().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators);
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The plan years of the period, in order. */
    public List<Integer> planYears() {
        return IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
    }

    public boolean covers(int planYear) {
        return planYear >= firstYear && planYear <= lastYear;
    }

    /** Extends the plan's period to a later last year, for a new cycle of the same plan. */
    public void extendPeriodTo(int newLastYear) {
        if (newLastYear < lastYear) {
            throw new IllegalArgumentException("A plan's period can only be extended");
        }
        this.lastYear = newLastYear;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String issuer() {
        return issuer;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public long version() {
        return version;
    }
}
