package vn.laichau.par.api.indicator;

import vn.laichau.par.application.indicator.IndicatorValues;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.laichau.par.domain.model.plan.Indicator;
import vn.laichau.par.domain.model.plan.IndicatorTarget;
import vn.laichau.par.domain.model.plan.IndicatorValue;

/**
 * An indicator of a plan ("Chỉ tiêu") with its targets and, for each plan year, the target that applies, the
 * recorded actual value and whether it meets the target (a target "cao hơn năm trước" against the previous year's
 * recorded value; {@code met} is absent while either is missing).
 */
public record IndicatorResponse(long id, long planId, String code, String area, String description, String unit,
                                List<Target> targets, List<Year> years) {

    /**
     * A target as the plan sets it; {@code year} is absent for a target of every plan year. For comparison
     * {@code ABOVE_LAST_YEAR} ("cao hơn năm trước") {@code value} is absent: the target is the previous year's
     * actual value, given in {@link Year#lastYearActual}.
     */
    public record Target(Integer year, String comparison, String symbol, BigDecimal value, String wordsVi) {

        static Target of(IndicatorTarget target) {
            return new Target(target.year().orElse(null), target.comparison().name(), target.comparison().symbol(),
                    target.isRelativeToLastYear() ? null : target.value(), target.comparison().wordsVi());
        }
    }

    /**
     * One plan year: the target that applies (absent when none does), the actual value (absent until recorded),
     * whether it is met and by how much it falls short.
     */
    public record Year(int year, Target target, Actual actual, Boolean met, BigDecimal shortfall,
                       BigDecimal lastYearActual) {
    }

    /** A recorded actual value; {@code version} is the ETag to send in {@code If-Match} to correct it. */
    public record Actual(BigDecimal value, String source, String note, long version) {

        static Actual of(IndicatorValue value) {
            return new Actual(value.value(), value.source().orElse(null), value.note().orElse(null), value.version());
        }
    }

    static IndicatorResponse of(IndicatorValues.IndicatorWithValues shown) {
        return of(shown.indicator(), shown.planYears(), shown.values());
    }

    static IndicatorResponse of(Indicator indicator, List<Integer> planYears, Map<Integer, IndicatorValue> values) {
        List<Year> years = planYears.stream().map(year -> {
            Target target = indicator.targetFor(year).map(Target::of).orElse(null);
            IndicatorValue value = values.get(year);
            Optional<BigDecimal> lastYear = Optional.ofNullable(values.get(year - 1)).map(IndicatorValue::value);
            BigDecimal shownLastYear = indicator.comparesWithLastYear() ? lastYear.orElse(null) : null;
            if (value == null) {
                return new Year(year, target, null, null, null, shownLastYear);
            }
            return new Year(year, target, Actual.of(value), indicator.isMetBy(year, value.value(), lastYear).orElse(null),
                    indicator.shortfall(year, value.value(), lastYear).orElse(null), shownLastYear);
        }).toList();
        return new IndicatorResponse(indicator.id(), indicator.plan().id(), indicator.code(),
                indicator.areaNumeral().orElse(null), indicator.description(), indicator.unit(),
                indicator.targets().stream().map(Target::of).toList(), years);
    }
}
