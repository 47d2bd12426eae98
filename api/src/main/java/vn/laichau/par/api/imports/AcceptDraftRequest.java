package vn.laichau.par.api.imports;

import java.time.LocalDate;

/** The plan an accepted draft becomes: its number, title, issuer, issue date and first and last plan year. */
public record AcceptDraftRequest(String number, String title, String issuer, LocalDate issuedOn, Integer firstYear,
                                 Integer lastYear) {
}
