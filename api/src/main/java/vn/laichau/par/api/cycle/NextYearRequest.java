package vn.laichau.par.api.cycle;

/** The plan year to carry a plan into. */
public record NextYearRequest(Integer year) {
}
