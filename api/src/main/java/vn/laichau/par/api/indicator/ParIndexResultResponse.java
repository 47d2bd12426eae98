package vn.laichau.par.api.indicator;

import java.math.BigDecimal;
import java.util.List;
import vn.laichau.par.domain.model.plan.ParIndexResult;

/**
 * A province's PAR INDEX result of one year; {@code rank} and {@code rankedOutOf} are null when not known;
 * {@code version} is the ETag to send in {@code If-Match}.
 */
public record ParIndexResultResponse(long id, String province, int year, BigDecimal score, BigDecimal maxScore,
                                     Integer rank, Integer rankedOutOf, List<Area> areas, String source,
                                     long version) {

    /** One area's points, and its maximum when known. */
    public record Area(int area, String name, BigDecimal score, BigDecimal maxScore) {
    }

    static ParIndexResultResponse of(ParIndexResult result) {
        return new ParIndexResultResponse(result.id(), result.province(), result.year(), result.score(),
                result.maxScore(), result.rank().orElse(null), result.rankedOutOf().orElse(null),
                result.areas().stream().map(a -> new Area(a.area(), a.name(), a.score(), a.maxScore().orElse(null)))
                        .toList(), result.source(), result.version());
    }
}
