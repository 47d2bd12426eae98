package vn.laichau.par.application.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * The indicators of a plan year that miss their target, and those without a reported value.
 *
 * @param behind      each indicator whose actual value misses the year's target, the largest shortfall first
 * @param notReported each indicator with a target that year that cannot be judged yet: no actual value, or for a
 *                    target "cao hơn năm trước" no value of the year before
 * @param met         how many indicators meet their target
 * @param withoutTarget how many indicators set no target for the year
 */
public record IndicatorsBehind(long planId, int year, List<Item> behind, List<Item> notReported, int met,
                                       int withoutTarget) {

    /**
     * One indicator against the year's target; {@code actual}, {@code shortfall} and {@code source} are absent
     * while no value is reported. {@code shortfall} is the target minus the actual value, in the unit. For a
     * target "cao hơn năm trước" ({@code ABOVE_LAST_YEAR}) {@code target} is the previous year's actual value,
     * absent while that is not recorded.
     */
    public record Item(long indicatorId, String code, String area, String description, String unit,
                       String comparison, String symbol, BigDecimal target, BigDecimal actual, BigDecimal shortfall,
                       String source) {
    }
}
