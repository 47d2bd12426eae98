package vn.laichau.par.api.indicator;

import java.math.BigDecimal;

/**
 * A year's PAR INDEX result as the Ministry of Home Affairs published it.
 *
 * @param province    the province; Lai Châu when left out
 * @param rank        the province's place, 1 being the best
 * @param rankedOutOf how many provinces were ranked that year (63; 34 since 2025)
 * @param source      the decision or report that publishes it
 */
public record ParIndexResultRequest(String province, Integer year, BigDecimal score, Integer rank,
                                    Integer rankedOutOf, String source) {
}
