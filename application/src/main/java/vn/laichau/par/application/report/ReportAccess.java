package vn.laichau.par.application.report;

import java.util.Optional;
import vn.laichau.par.application.agency.ProvinceScope;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.official.OfficialRepository;

/**
 * Who may read and write which report, checked the same way for the workbook, the document and the written
 * sections. Reading: admins, leaders and the officials of the monitoring agency read any agency's report and the
 * province's; any other official reads their own agency's only. Writing the sections: admins for any scope, the
 * monitoring agency's officials for the province and their own agency, any other official for their own agency;
 * leaders read only.
 */
final class ReportAccess {

    private final OfficialRepository officials;
    private final AgencyRepository agencies;
    private final String monitoringAgencyCode;
    private final ProvinceScope province;

    ReportAccess(OfficialRepository officials, AgencyRepository agencies, String monitoringAgencyCode) {
        this.officials = officials;
        this.agencies = agencies;
        this.monitoringAgencyCode = monitoringAgencyCode;
        this.province = new ProvinceScope(agencies, monitoringAgencyCode);
    }

    Official acting(long officialId) {
        return officials.findById(officialId).filter(Official::isActive)
                .orElseThrow(() -> Refusal.of(Refusal.Reason.FORBIDDEN, "account-inactive",
                        "Tài khoản không còn hoạt động", "The account is no longer active"));
    }

    /** The agency a scope names, refused when unknown; empty for the whole province. */
    Optional<Agency> scope(Optional<Long> agencyId) {
        return agencyId.map(id -> agencies.findById(id).orElseThrow(() -> Refusal.notFound("cơ quan", "agency", id)));
    }

    /** The monitoring agency, which signs the province's report. */
    Agency monitoringAgency() {
        return agencies.findByCode(monitoringAgencyCode).orElseThrow(() -> Refusal.notFound("cơ quan",
                "agency", monitoringAgencyCode));
    }

    void mayRead(Official official, Optional<Long> agencyId) {
        if (seesEverything(official) || agencyId.filter(id -> id == official.agencyId()).isPresent()) {
            return;
        }
        throw Refusal.of(Refusal.Reason.FORBIDDEN, "report-not-yours",
                "Cán bộ chỉ được xem báo cáo của cơ quan mình; báo cáo toàn tỉnh dành cho Sở Nội vụ và lãnh đạo",
                "An official reads their own agency's report only; the province's is for the monitoring agency "
                        + "and leaders");
    }

    void mayWrite(Official official, Optional<Long> agencyId) {
        boolean ownAgency = official.hasRole(Role.OFFICIAL)
                && agencyId.filter(id -> id == official.agencyId()).isPresent();
        boolean province = agencyId.isEmpty() && official.hasRole(Role.OFFICIAL) && isMonitoring(official);
        if (official.hasRole(Role.ADMIN) || ownAgency || province) {
            return;
        }
        throw Refusal.of(Refusal.Reason.FORBIDDEN, "report-not-yours",
                "Chỉ cơ quan của báo cáo (Sở Nội vụ với báo cáo toàn tỉnh) và quản trị viên được sửa phần này",
                "Only the report's own agency (the monitoring agency for the province) and admins write this");
    }

    boolean seesEverything(Official official) {
        return province.seesWholeProvince(official);
    }

    private boolean isMonitoring(Official official) {
        return province.isMonitoring(official);
    }
}
