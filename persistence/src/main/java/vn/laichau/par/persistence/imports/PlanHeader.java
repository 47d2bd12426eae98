package vn.laichau.par.persistence.imports;

import java.time.LocalDate;

/** What an accepted draft becomes: the plan's number, title, issuer, issue date and period. */
public record PlanHeader(String number, String title, String issuer, LocalDate issuedOn, int firstYear,
                         int lastYear) {
}
