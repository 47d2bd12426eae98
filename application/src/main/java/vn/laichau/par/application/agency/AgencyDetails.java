package vn.laichau.par.application.agency;

import java.time.LocalDate;
import vn.laichau.par.domain.model.agency.AgencyKind;

/**
 * What an administrator sets on an agency: names, kind (which decides the groups it belongs to), the agency it
 * is placed under, the days it exists and, once it has ended, its successor. Absent values mean none.
 */
public record AgencyDetails(String name, String shortName, AgencyKind kind, Long parentId, LocalDate validFrom,
                            LocalDate validTo, Long successorId) {
}
