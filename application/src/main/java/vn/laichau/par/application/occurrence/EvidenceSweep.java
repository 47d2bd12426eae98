package vn.laichau.par.application.occurrence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.persistence.migration.SchemaReady;
import vn.laichau.par.persistence.occurrence.EvidenceFileRecords;

/**
 * At start-up, removes what uploads interrupted by a crash left in the evidence directory: partial files and
 * files whose record was never committed, when older than {@code par.evidence.orphan-grace-seconds} (env
 * {@code PAR_EVIDENCE_ORPHAN_GRACE_SECONDS}, default 900), so that an upload running on another instance sharing
 * the directory is not touched. A recorded file is never removed.
 */
@ApplicationScoped
public class EvidenceSweep {

    private static final Logger LOG = Logger.getLogger(EvidenceSweep.class.getName());

    private final EvidenceStore store;
    private final EvidenceFileRecords records;
    private final Clock clock;
    private final Duration grace;

    @Inject
    public EvidenceSweep(EvidenceStore store, EvidenceFileRecords records, Clock clock,
                         @ConfigProperty(name = "par.evidence.orphan-grace-seconds", defaultValue = "900")
                         long graceSeconds) {
        this.store = store;
        this.records = records;
        this.clock = clock;
        this.grace = Duration.ofSeconds(Math.max(0, graceSeconds));
    }

    /** For the container's client proxy only. */
    protected EvidenceSweep() {
        this.store = null;
        this.records = null;
        this.clock = null;
        this.grace = null;
    }

    @Transactional
    void onSchemaReady(@Observes SchemaReady ready) {
        try {
            EvidenceStore.SweepReport report = sweep();
            if (report.total() > 0) {
                LOG.warning(() -> "Evidence left by interrupted uploads removed: " + report.partialFiles()
                        + " partial file(s), " + report.unrecordedFiles() + " file(s) without a record");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The evidence directory could not be swept; the system runs on", e);
        }
    }

    /** Removes orphans last changed before now minus the grace period. */
    @Transactional
    public EvidenceStore.SweepReport sweep() {
        Set<String> recorded = records.storagePaths();
        return store.removeOrphans(recorded::contains, clock.instant().minus(grace));
    }
}
