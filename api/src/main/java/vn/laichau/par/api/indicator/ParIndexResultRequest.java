package vn.laichau.par.api.indicator;

import java.math.BigDecimal;
import java.util.List;
import vn.laichau.par.application.indicator.ParIndexResults;

/**
 * A year's PAR INDEX result as the Ministry of Home Affairs published it.
 *
 * @param province    the province; Lai Châu when left out
 * @param maxScore    the most points of that year's index (97.5 in 2016); 100 when left out
 * @param rank        the province's place, 1 being the best; left out with {@code rankedOutOf} when not known
 * @param rankedOutOf how many provinces were ranked that year (63; 34 since 2025)
 * @param areas       the points per area (number, name, score, maximum) when known
 * @param source      the decision or report that publishes it
 */
public record ParIndexResultRequest(String province, Integer year, BigDecimal score, BigDecimal maxScore,
                                    Integer rank, Integer rankedOutOf, List<ParIndexResults.AreaFigures> areas,
                                    String source) {

    ParIndexResults.Figures figures() {
        return new ParIndexResults.Figures(score, maxScore, rank, rankedOutOf, areas, source);
    }
}
