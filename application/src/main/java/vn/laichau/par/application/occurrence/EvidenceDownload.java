package vn.laichau.par.application.occurrence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.occurrence.Evidence;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.official.OfficialRepository;

/**
 * An evidence file fetched by someone entitled to it: the officials of the agency that owes the occurrence, the
 * leaders, the monitoring agency (Sở Nội vụ) and the administrators. Anyone else is refused, so a document stays
 * within its audience.
 */
@ApplicationScoped
public class EvidenceDownload {

    private final OfficialRepository officials;
    private final OccurrenceRepository occurrences;
    private final AgencyRepository agencies;
    private final EvidenceStore store;
    private final String monitoringAgencyCode;

    /** For the container's client proxy only. */
    protected EvidenceDownload() {
        this(null, null, null, null, null);
    }

    @Inject
    public EvidenceDownload(OfficialRepository officials, OccurrenceRepository occurrences, AgencyRepository agencies,
                            EvidenceStore store,
                            @ConfigProperty(name = "par.alerts.monitoring-agency", defaultValue = "SO_NOI_VU")
                            String monitoringAgencyCode) {
        this.officials = officials;
        this.occurrences = occurrences;
        this.agencies = agencies;
        this.store = store;
        this.monitoringAgencyCode = monitoringAgencyCode;
    }

    /** The evidence {@code evidenceId} of occurrence {@code occurrenceId} and its file, for {@code officialId}. */
    @Transactional
    public EvidenceFile file(long officialId, long occurrenceId, long evidenceId) {
        Official official = new OccurrenceAccess(officials, occurrences).actingOfficial(officialId);
        Evidence evidence = occurrences.findEvidence(evidenceId).filter(e -> e.occurrenceId() == occurrenceId)
                .orElseThrow(() -> Refusal.notFound("minh chứng", "evidence", evidenceId));
        Occurrence occurrence = occurrences.findById(occurrenceId)
                .orElseThrow(() -> Refusal.notFound("kỳ", "occurrence", occurrenceId));
        if (!mayRead(official, occurrence)) {
            throw Refusal.of(Refusal.Reason.FORBIDDEN, "evidence-not-yours",
                    "Chỉ cơ quan thực hiện, lãnh đạo, Sở Nội vụ và quản trị viên được xem minh chứng này",
                    "Only the responsible agency, leaders, the monitoring agency and admins read this evidence");
        }
        return new EvidenceFile(evidence, store.resolve(evidence.storagePath()));
    }

    private boolean mayRead(Official official, Occurrence occurrence) {
        return official.hasRole(Role.ADMIN) || official.hasRole(Role.LEADER)
                || official.agencyId() == occurrence.agencyId()
                || agencies.findById(official.agencyId()).map(Agency::getCode)
                        .filter(monitoringAgencyCode::equals).isPresent();
    }
}
