package vn.laichau.par.application.agency;

import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.agency.AgencyRepository;

/**
 * Who reads the whole province's figures (reports, points at risk) rather than their own agency's: admins, leaders
 * and the officials of the monitoring agency (Sở Nội vụ).
 */
public final class ProvinceScope {

    private final AgencyRepository agencies;
    private final String monitoringAgencyCode;

    public ProvinceScope(AgencyRepository agencies, String monitoringAgencyCode) {
        this.agencies = agencies;
        this.monitoringAgencyCode = monitoringAgencyCode;
    }

    public boolean seesWholeProvince(Official official) {
        return official.hasRole(Role.ADMIN) || official.hasRole(Role.LEADER) || isMonitoring(official);
    }

    /** Whether the official works at the monitoring agency. */
    public boolean isMonitoring(Official official) {
        return agencies.findById(official.agencyId()).map(Agency::getCode).filter(monitoringAgencyCode::equals)
                .isPresent();
    }
}
