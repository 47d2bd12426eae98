package vn.laichau.par.application.agency;

import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.model.agency.Agency;

/**
 * An agency as it is shown: with the agency that carries on its duties once it has ended, the agencies whose
 * duties it carries on (absent in lists) and whether it exists today.
 */
public record AgencyView(Agency agency, Optional<Agency> successor, Optional<List<Agency>> predecessors,
                         boolean existsToday) {
}
