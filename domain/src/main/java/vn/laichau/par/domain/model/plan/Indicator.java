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

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal LARGEST = new BigDecimal("9999999.99");

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

    /**
     * Why {@code measured} cannot be an actual value of this indicator: negative, more than two decimals, a
     * percentage above 100, a count that is not whole, or too large to store; empty when it fits.
     */
    public Optional<IndicatorValueProblem> problemWith(BigDecimal measured) {
        if (measured.signum() < 0) {
            return problem("Giá trị không được âm", "The value cannot be negative");
        }
        if (measured.stripTrailingZeros().scale() > 2) {
            return problem("Tối đa hai chữ số thập phân", "At most two decimals");
        }
        if (measured.compareTo(LARGEST) > 0) {
            return problem("Giá trị quá lớn (tối đa " + LARGEST.toPlainString() + ")",
                    "The value is too large (at most " + LARGEST.toPlainString() + ")");
        }
        if (isPercentage() && measured.compareTo(HUNDRED) > 0) {
            return problem("Chỉ tiêu tính bằng % nên giá trị phải từ 0 đến 100",
                    "The indicator is a percentage, so the value lies between 0 and 100");
        }
        if (isCount() && measured.stripTrailingZeros().scale() > 0) {
            return problem("Chỉ tiêu đếm theo " + unit + " nên giá trị phải là số nguyên",
                    "The indicator counts " + unit + ", so the value must be a whole number");
        }
        return Optional.empty();
    }

    /**
     * How far {@code measured} falls short of the target of a plan year: the target minus the value (zero when
     * a "more than" target is equalled but not passed); zero when the target is met; empty when no target
     * applies that year.
     */
    public Optional<BigDecimal> shortfall(int planYear, BigDecimal measured) {
        return shortfall(planYear, measured, Optional.empty());
    }

    /**
     * How far {@code measured} falls short of the target of a plan year, a target "cao hơn năm trước" measured
     * against {@code lastYearActual}, the actual value of the year before; empty when no target applies or the
     * previous year's value it needs is not known.
     */
    public Optional<BigDecimal> shortfall(int planYear, BigDecimal measured, Optional<BigDecimal> lastYearActual) {
        return targetFor(planYear).flatMap(t -> t.threshold(lastYearActual).map(threshold ->
                t.comparison().isMetBy(measured, threshold)
                        ? BigDecimal.ZERO
                        : threshold.subtract(measured).max(BigDecimal.ZERO)));
    }

    /** Whether a target of this indicator compares with the previous year's actual value. */
    public boolean comparesWithLastYear() {
        return targets.stream().anyMatch(IndicatorTarget::isRelativeToLastYear);
    }

    /** Whether the unit is a percentage. */
    public boolean isPercentage() {
        return unit.equals("%");
    }

    private boolean isCount() {
        return !isPercentage() && !unit.equalsIgnoreCase("điểm") && !unit.equalsIgnoreCase("tỷ đồng");
    }

    private static Optional<IndicatorValueProblem> problem(String vi, String en) {
        return Optional.of(new IndicatorValueProblem(vi, en));
    }

    /** Whether a measured value meets the target of that year; empty when no target applies. */
    public Optional<Boolean> isMetBy(int planYear, BigDecimal measured) {
        return isMetBy(planYear, measured, Optional.empty());
    }

    /**
     * Whether a measured value meets the target of that year, a target "cao hơn năm trước" compared with
     * {@code lastYearActual}; empty when no target applies or the previous year's value it needs is not known.
     */
    public Optional<Boolean> isMetBy(int planYear, BigDecimal measured, Optional<BigDecimal> lastYearActual) {
        return targetFor(planYear).flatMap(t -> t.threshold(lastYearActual)
                .map(threshold -> t.comparison().isMetBy(measured, threshold)));
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
