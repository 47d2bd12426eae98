package vn.laichau.par.api.indicator;

import java.math.BigDecimal;

/**
 * The value an indicator actually reached in a year.
 *
 * @param value  the figure, in the indicator's unit (0–100 for a percentage, a whole number for a count)
 * @param source where it comes from: the report, survey or statistics that state it
 * @param note   anything the reader should know
 */
public record IndicatorValueRequest(BigDecimal value, String source, String note) {
}
