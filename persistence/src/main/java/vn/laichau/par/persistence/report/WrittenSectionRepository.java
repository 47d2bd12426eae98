package vn.laichau.par.persistence.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The report sections an agency writes itself, one row per plan and agency (or per plan for the whole province,
 * {@code agencyId} empty), changed only by naming the version read.
 */
@ApplicationScoped
public class WrittenSectionRepository {

    /** The sections as stored. */
    public record WrittenSections(long id, long planId, Optional<Long> agencyId, String difficulties, String proposals,
                                  String recipients, String signerTitle, String signerName, long version,
                                  Optional<Instant> updatedAt) {
    }

    private static final String SCOPE = "plan_id = ?1 AND scope_key = ?2";

    private final EntityManager em;

    @Inject
    public WrittenSectionRepository(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected WrittenSectionRepository() {
        this(null);
    }

    public Optional<WrittenSections> find(long planId, Optional<Long> agencyId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT difficulties, proposals, recipients, signer_title, "
                        + "signer_name, version, updated_at, id FROM report_written_section WHERE " + SCOPE)
                .setParameter(1, planId).setParameter(2, agencyId.orElse(0L)).getResultList();
        return rows.stream().findFirst().map(r -> new WrittenSections(ReportQueries.number(r[7]), planId, agencyId, (String) r[0], (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], ReportQueries.number(r[5]),
                Optional.ofNullable(r[6]).map(t -> t instanceof Timestamp ts ? ts.toInstant() : (Instant) t)));
    }

    /** Stores the first sections of this scope; false when there are already some. */
    public boolean insert(WrittenSections sections, long officialId) {
        if (find(sections.planId(), sections.agencyId()).isPresent()) {
            return false;
        }
        em.createNativeQuery("INSERT INTO report_written_section (plan_id, agency_id, difficulties, proposals, "
                        + "recipients, signer_title, signer_name, updated_by, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0)")
                .setParameter(1, sections.planId()).setParameter(2, sections.agencyId().orElse(null))
                .setParameter(3, sections.difficulties()).setParameter(4, sections.proposals())
                .setParameter(5, sections.recipients()).setParameter(6, sections.signerTitle())
                .setParameter(7, sections.signerName()).setParameter(8, officialId).executeUpdate();
        return true;
    }

    /** Replaces the sections when they are still at {@code expectedVersion}; false when they are not. */
    public boolean update(WrittenSections sections, long expectedVersion, long officialId) {
        Query update = em.createNativeQuery("UPDATE report_written_section SET difficulties = ?3, proposals = ?4, "
                        + "recipients = ?5, signer_title = ?6, signer_name = ?7, updated_by = ?8, version = version + 1 "
                        + "WHERE " + SCOPE + " AND version = ?9")
                .setParameter(1, sections.planId()).setParameter(2, sections.agencyId().orElse(0L))
                .setParameter(3, sections.difficulties()).setParameter(4, sections.proposals())
                .setParameter(5, sections.recipients()).setParameter(6, sections.signerTitle())
                .setParameter(7, sections.signerName()).setParameter(8, officialId).setParameter(9, expectedVersion);
        return update.executeUpdate() == 1;
    }
}
