package vn.laichau.par.application.agency;

import java.time.LocalDate;

/**
 * An agency that has ended, and the open occurrences still assigned to it. They stay with it, as every
 * occurrence stays with the agency it was assigned to; those due after the last day are work nobody there will
 * do, and new cycles give their periods to the successor. Its active officials were moved to the successor or
 * deactivated, as the administrator chose ({@code officialsDisposition} is {@code null} when there were none).
 */
public record AgencyEnd(AgencyView agency, LocalDate lastDay, long openDueByLastDay, long openDueAfterLastDay,
                        OfficialsOnEnd officialsDisposition, int officialsConcerned) {
}
