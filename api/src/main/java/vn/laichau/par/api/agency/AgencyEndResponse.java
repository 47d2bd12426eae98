package vn.laichau.par.api.agency;

import java.time.LocalDate;

/**
 * An ended agency, and the open occurrences it still holds: they stay with it (an occurrence keeps the agency
 * it was assigned to), those due after the last day are listed by {@code openAfterLastDay}, and the next cycle
 * of a plan year gives their periods to the successor. {@code officials} says what became of its active officials
 * ({@code MOVE_TO_SUCCESSOR} or {@code DEACTIVATE}, absent when it had none), {@code officialsConcerned} how many.
 */
public record AgencyEndResponse(AgencyResponse agency, LocalDate lastDay, long openDueByLastDay,
                                long openDueAfterLastDay, String openAfterLastDay, String explanation,
                                String officials, int officialsConcerned) {
}
