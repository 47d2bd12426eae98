package vn.laichau.par.api.calendar;

import java.time.LocalDate;

/**
 * A day to change: {@code DAY_OFF} for a swap day, {@code WORKING_DAY} for a make-up Saturday, with the notice
 * that decided it.
 */
public record AdjustmentRequest(LocalDate date, String kind, String reason) {
}
