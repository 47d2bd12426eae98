package vn.laichau.par.application.dashboard;

import java.math.BigDecimal;
import java.util.List;

/** A province's PAR INDEX results year by year, with the change of score from the year before. */
public record ParIndexTrend(String province, List<Year> years) {

    /**
     * One year's result out of {@code maxScore}; {@code change} is absent for the first year shown, {@code rank}
     * and {@code rankedOutOf} when the rank is not known, {@code areas} is empty when the points per area are not.
     */
    public record Year(int year, BigDecimal score, BigDecimal maxScore, Integer rank, Integer rankedOutOf,
                       BigDecimal change, List<Area> areas, String source) {
    }

    /** One area's points of a year, and its maximum when known. */
    public record Area(int area, String name, BigDecimal score, BigDecimal maxScore) {
    }
}
