package vn.laichau.par.api.indicator;

import java.math.BigDecimal;
import vn.laichau.par.domain.model.plan.ParIndexResult;

/** A province's PAR INDEX result of one year; {@code version} is the ETag to send in {@code If-Match}. */
public record ParIndexResultResponse(long id, String province, int year, BigDecimal score, int rank,
                                     int rankedOutOf, String source, long version) {

    static ParIndexResultResponse of(ParIndexResult result) {
        return new ParIndexResultResponse(result.id(), result.province(), result.year(), result.score(),
                result.rank(), result.rankedOutOf(), result.source(), result.version());
    }
}
