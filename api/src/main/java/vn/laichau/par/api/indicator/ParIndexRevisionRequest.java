package vn.laichau.par.api.indicator;

import java.math.BigDecimal;
import java.util.List;
import vn.laichau.par.application.indicator.ParIndexResults;

/**
 * Corrected figures of a stored PAR INDEX result; province and year stay.
 *
 * @param maxScore the most points of that year's index; 100 when left out
 * @param rank     the province's place; left out with {@code rankedOutOf} when not known
 * @param areas    the points per area when known; left out or empty when not
 */
public record ParIndexRevisionRequest(BigDecimal score, BigDecimal maxScore, Integer rank, Integer rankedOutOf,
                                      List<ParIndexResults.AreaFigures> areas, String source) {

    ParIndexResults.Figures figures() {
        return new ParIndexResults.Figures(score, maxScore, rank, rankedOutOf, areas, source);
    }
}
