package vn.laichau.par.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The value an indicator must reach: in one year ("70 % năm 2017", "100 % đến năm 2020") or, without a
 * year, in every plan year.
 */
@Embeddable
public class IndicatorTarget {

    @Column(name = "target_year")
    private Integer year;

    @Enumerated(EnumType.STRING)
    @Column(name = "comparison", nullable = false, length = 16)
    private Comparison comparison;

    @Column(name = "target_value", nullable = false, precision = 9, scale = 2)
    private BigDecimal value;

    protected IndicatorTarget() {
    }

    private IndicatorTarget(Integer year, Comparison comparison, BigDecimal value) {
        this.year = year;
        this.comparison = Objects.requireNonNull(comparison, "comparison");
        this.value = Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("A target cannot be negative");
        }
    }

    public static IndicatorTarget everyYear(Comparison comparison, BigDecimal value) {
        return new IndicatorTarget(null, comparison, value);
    }

    public static IndicatorTarget inYear(int year, Comparison comparison, BigDecimal value) {
        return new IndicatorTarget(year, comparison, value);
    }

    /**
     * "Năm sau cao hơn năm trước": above the previous year's actual value, in every plan year (no year) or one; the
     * stored value is zero and unused.
     */
    public static IndicatorTarget aboveLastYear(Integer year) {
        return new IndicatorTarget(year, Comparison.ABOVE_LAST_YEAR, BigDecimal.ZERO);
    }

    /** Whether the target is the previous year's actual value ("cao hơn năm trước"). */
    public boolean isRelativeToLastYear() {
        return comparison.isRelativeToLastYear();
    }

    /**
     * The value to reach in a year: the plan's number, or for a target relative to the previous year that year's
     * actual value; empty when that is not known.
     */
    public Optional<BigDecimal> threshold(Optional<BigDecimal> lastYearActual) {
        return isRelativeToLastYear() ? lastYearActual : Optional.of(value);
    }

    /** The year the target applies to; empty means every plan year. */
    public Optional<Integer> year() {
        return Optional.ofNullable(year);
    }

    public Comparison comparison() {
        return comparison;
    }

    public BigDecimal value() {
        return value;
    }

    public boolean appliesTo(int planYear) {
        return year == null || year == planYear;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndicatorTarget that && Objects.equals(year, that.year)
                && comparison == that.comparison && value.compareTo(that.value) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, comparison, value.stripTrailingZeros());
    }

    @Override
    public String toString() {
        String what = isRelativeToLastYear() ? "năm trước" : value.stripTrailingZeros().toPlainString();
        return comparison.symbol() + " " + what + (year == null ? "" : " (" + year + ")");
    }
}
