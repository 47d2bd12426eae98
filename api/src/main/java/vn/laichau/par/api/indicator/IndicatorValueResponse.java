package vn.laichau.par.api.indicator;

import vn.laichau.par.application.indicator.IndicatorValues;
import java.math.BigDecimal;
import java.util.Optional;
import vn.laichau.par.domain.model.plan.Indicator;
import vn.laichau.par.domain.model.plan.IndicatorValue;

/** The actual value of one indicator in one year, against that year's target. */
public record IndicatorValueResponse(long indicatorId, String code, int year, BigDecimal value, String unit,
                                     String source, String note, IndicatorResponse.Target target, Boolean met,
                                     BigDecimal shortfall, BigDecimal lastYearActual, long version) {

    static IndicatorValueResponse of(IndicatorValues.YearValue shown) {
        return of(shown.indicator(), shown.value(), shown.lastYear());
    }

    static IndicatorValueResponse of(Indicator indicator, IndicatorValue value, Optional<BigDecimal> lastYear) {
        return new IndicatorValueResponse(indicator.id(), indicator.code(), value.year(), value.value(),
                indicator.unit(), value.source().orElse(null), value.note().orElse(null),
                indicator.targetFor(value.year()).map(IndicatorResponse.Target::of).orElse(null),
                indicator.isMetBy(value.year(), value.value(), lastYear).orElse(null),
                indicator.shortfall(value.year(), value.value(), lastYear).orElse(null),
                indicator.comparesWithLastYear() ? lastYear.orElse(null) : null, value.version());
    }
}
