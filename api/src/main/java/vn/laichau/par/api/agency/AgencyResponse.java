package vn.laichau.par.api.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.laichau.par.application.agency.AgencyView;
import vn.laichau.par.domain.model.agency.Agency;

/**
 * An agency as the API shows it: its names and kind, where it is placed, the days it exists, and the agency
 * that carries on its duties once it has ended. {@code predecessors} (one agency only) are the agencies whose
 * duties it carries on.
 */
public record AgencyResponse(long id, String code, String name, String shortName, String kind, LocalDate validFrom,
                             LocalDate validTo, boolean activeToday, Long successorId, Summary successor,
                             List<Summary> predecessors, Long parentId, long version, Instant updatedAt) {

    /** Another agency named in a representation. */
    public record Summary(long id, String code, String name) {

        static Summary of(Agency agency) {
            return new Summary(agency.getId(), agency.getCode(), agency.getName());
        }
    }

    /** The agency as the administration shows it. */
    public static AgencyResponse of(AgencyView view) {
        Agency agency = view.agency();
        return new AgencyResponse(agency.getId(), agency.getCode(), agency.getName(),
                agency.getShortName().orElse(null), agency.getKind().name(), agency.getValidFrom().orElse(null),
                agency.getValidTo().orElse(null), view.existsToday(), agency.getSuccessorId().orElse(null),
                view.successor().map(Summary::of).orElse(null),
                view.predecessors().map(p -> p.stream().map(Summary::of).toList()).orElse(null),
                agency.getParentId().orElse(null), agency.getVersion(), agency.getUpdatedAt().orElse(null));
    }
}
