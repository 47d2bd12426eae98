package vn.laichau.par.persistence.migration;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database's schema to the version this build expects, with the migrations under {@code db/migration}. */
public final class SchemaMigration {

    private final DataSource dataSource;

    public SchemaMigration(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Applies every pending migration and returns the schema version reached. Migrations reworded without a change
     * to the schema they make are acknowledged first (see {@link RewordedMigrations}).
     */
    public String migrate() {
        RewordedMigrations.acknowledge(dataSource);
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        if (result.targetSchemaVersion != null) {
            return result.targetSchemaVersion;
        }
        // nothing was pending: the version found is the answer, without a second look at the history
        return result.initialSchemaVersion != null ? result.initialSchemaVersion : currentVersion();
    }

    private String currentVersion() {
        var current = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .info()
                .current();
        return current == null ? "none" : current.getVersion().getVersion();
    }
}
