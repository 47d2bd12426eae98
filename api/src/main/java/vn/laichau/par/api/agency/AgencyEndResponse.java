package vn.laichau.par.api.agency;

import java.time.LocalDate;

/**
 * An ended agency, and the open occurrences it still holds: they stay with it (an occurrence keeps the agency
 * it was assigned to), those due after the last day are listed by {@code openAfterLastDay}, and the next cycle
 * of a plan year gives their periods to the successor.
 */
public record AgencyEndResponse(AgencyResponse agency, LocalDate lastDay, long openDueByLastDay,
                                long openDueAfterLastDay, String openAfterLastDay, String explanation) {
}
