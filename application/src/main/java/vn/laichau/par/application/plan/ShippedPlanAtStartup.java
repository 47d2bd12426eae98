package vn.laichau.par.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import vn.laichau.par.persistence.loading.LoadReport;
import vn.laichau.par.persistence.loading.ShippedPlanLoader;
import vn.laichau.par.persistence.migration.SchemaReady;

/**
 * Loads the shipped plan, with the occurrences of its period, once the schema is migrated at start-up; on later
 * starts it finds nothing to do.
 */
@ApplicationScoped
public class ShippedPlanAtStartup {

    private static final Logger LOG = Logger.getLogger(ShippedPlanAtStartup.class.getName());

    private final ShippedPlanLoader loader;

    @Inject
    public ShippedPlanAtStartup(ShippedPlanLoader loader) {
        this.loader = loader;
    }

    /** For the container's client proxy only. */
    protected ShippedPlanAtStartup() {
        this(null);
    }

    @Transactional
    void onSchemaReady(@Observes SchemaReady ready) {
        LoadReport report = loader.load();
        LOG.info(() -> report.changedNothing() ? "shipped plan already loaded" : "shipped plan loaded: " + report);
    }
}
