package vn.laichau.par.api.cycle;

import java.time.LocalDate;

/** A new plan copied from an old one: its number, title, issue date and period. */
public record PlanCopyRequest(String number, String title, LocalDate issuedOn, Integer firstYear, Integer lastYear) {
}
