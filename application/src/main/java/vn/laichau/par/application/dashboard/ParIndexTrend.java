package vn.laichau.par.application.dashboard;

import java.math.BigDecimal;
import java.util.List;

/** A province's PAR INDEX results year by year, with the change of score from the year before. */
public record ParIndexTrend(String province, List<Year> years) {

    /** One year's result; {@code change} is absent for the first year shown. */
    public record Year(int year, BigDecimal score, int rank, int rankedOutOf, BigDecimal change, String source) {
    }
}
