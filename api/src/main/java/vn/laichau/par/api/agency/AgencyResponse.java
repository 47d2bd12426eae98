package vn.laichau.par.api.agency;

import java.time.LocalDate;
import vn.laichau.par.domain.model.agency.Agency;

/** An agency as the API shows it. */
public record AgencyResponse(long id, String code, String name, String kind, LocalDate validFrom, LocalDate validTo,
                             Long successorId, Long parentId) {

    public static AgencyResponse of(Agency agency) {
        return new AgencyResponse(agency.getId(), agency.getCode(), agency.getName(), agency.getKind().name(),
                agency.getValidFrom().orElse(null), agency.getValidTo().orElse(null),
                agency.getSuccessorId().orElse(null), agency.getParentId().orElse(null));
    }
}
