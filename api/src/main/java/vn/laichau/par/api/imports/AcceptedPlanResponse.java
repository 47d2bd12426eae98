package vn.laichau.par.api.imports;

/** The plan created from an accepted draft, with how many tasks and occurrences it got. */
public record AcceptedPlanResponse(long planId, String number, int firstYear, int lastYear, int tasks,
                                   int occurrencesCreated) {
}
