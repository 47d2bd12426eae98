package vn.laichau.par.persistence.loading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import vn.laichau.par.persistence.migration.SchemaReady;

/** Loads the shipped plan once the schema is migrated at start-up; on later starts it finds nothing to do. */
@ApplicationScoped
public class ShippedPlanAtStartup {

    private static final Logger LOG = Logger.getLogger(ShippedPlanAtStartup.class.getName());

    @PersistenceContext(unitName = "par")
    EntityManager em;

    @Transactional
    void onSchemaReady(@Observes SchemaReady ready) {
        LoadReport report = new ShippedPlanLoader(em).load();
        LOG.info(() -> report.changedNothing() ? "shipped plan already loaded" : "shipped plan loaded: " + report);
    }
}
