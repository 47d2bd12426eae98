package vn.laichau.par.application.report;

import vn.laichau.par.domain.model.plan.Indicator;
import vn.laichau.par.domain.model.plan.IndicatorValue;

/** How an indicator stands in a year against its target, as the reports say it. */
enum IndicatorVerdict {
    MET("Đạt"),
    NOT_MET("Chưa đạt"),
    NOT_REPORTED("Chưa có số liệu"),
    NO_TARGET("Không có mục tiêu năm"),
    NO_LAST_YEAR("Chưa có số liệu năm trước để so sánh");

    private final String labelVi;

    IndicatorVerdict(String labelVi) {
        this.labelVi = labelVi;
    }

    String labelVi() {
        return labelVi;
    }

    static IndicatorVerdict of(Indicator indicator, int year, IndicatorValue value,
                               java.util.Optional<java.math.BigDecimal> lastYear) {
        if (indicator.targetFor(year).isEmpty()) {
            return NO_TARGET;
        }
        if (value == null) {
            return NOT_REPORTED;
        }
        return indicator.isMetBy(year, value.value(), lastYear).map(met -> met ? MET : NOT_MET).orElse(NO_LAST_YEAR);
    }
}
