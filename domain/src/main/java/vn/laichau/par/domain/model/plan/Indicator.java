package vn.laichau.par.domain.model.plan;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A numeric target of a plan ("Chỉ tiêu"), e.g. level-3 online services above 40 %, or ISO 9001 at 70 % of
 * communes in 2017 and 100 % by 2020. Part of the {@link Plan} aggregate.
 */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "code", nullable = false, length = 32)
    private String code;

    @Column(name = "area_numeral", length = 8)
    private String areaNumeral;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "unit", nullable = false, length = 16)
    private String unit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_target", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderColumn(name = "position")
    private List<IndicatorTarget> targets = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Indicator() {
    }

    Indicator(Plan plan, int position, String code, Optional<String> areaNumeral, String description, String unit,
              List<IndicatorTarget> targets) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.position = position;
        this.code = Texts.required(code, "code");
        this.areaNumeral = areaNumeral.map(Texts::optional).orElse(null);
        this.description = Texts.required(description, "description");
        this.unit = Texts.required(unit, "unit");
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("Indicator " + code + " has no target");
        }
        this.targets = new ArrayList<>(targets);
    }

    /** The target that applies in a plan year: the one set for that year, else the every-year one. */
    public Optional<IndicatorTarget> targetFor(int planYear) {
        return targets.stream().filter(t -> t.year().equals(Optional.of(planYear))).findFirst()
                .or(() -> targets.stream().filter(t -> t.year().isEmpty()).findFirst());
    }

    /** Whether a measured value meets the target of that year; empty when no target applies. */
    public Optional<Boolean> isMetBy(int planYear, BigDecimal measured) {
        return targetFor(planYear).map(t -> t.comparison().isMetBy(measured, t.value()));
    }

    public Long id() {
        return id;
    }

    public Plan plan() {
        return plan;
    }

    public String code() {
        return code;
    }

    public Optional<String> areaNumeral() {
        return Optional.ofNullable(areaNumeral);
    }

    public String description() {
        return description;
    }

    public String unit() {
        return unit;
    }

    public List<IndicatorTarget> targets() {
        return List.copyOf(targets);
    }

    public long version() {
        return version;
    }
}
