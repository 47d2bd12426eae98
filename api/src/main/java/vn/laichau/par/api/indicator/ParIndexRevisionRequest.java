package vn.laichau.par.api.indicator;

import java.math.BigDecimal;

/** Corrected figures of a stored PAR INDEX result; province and year stay. */
public record ParIndexRevisionRequest(BigDecimal score, Integer rank, Integer rankedOutOf, String source) {
}
