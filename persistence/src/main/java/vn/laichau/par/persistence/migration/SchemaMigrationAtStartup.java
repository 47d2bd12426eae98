package vn.laichau.par.persistence.migration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Migrates the schema when the application starts, before any request is served and before anything uses JPA,
 * then announces {@link SchemaReady} so that start-up work that needs the schema (the shipped plan's first load)
 * can follow.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrationAtStartup {

    private static final Logger LOG = Logger.getLogger(SchemaMigrationAtStartup.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        schemaVersion = new SchemaMigration(dataSource).migrate();
        LOG.info(() -> "database schema at version " + schemaVersion);
        schemaReady.fire(new SchemaReady(schemaVersion));
    }

    /** The schema version reached at start. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
