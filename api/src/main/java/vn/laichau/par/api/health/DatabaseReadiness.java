package vn.laichau.par.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.laichau.par.persistence.migration.SchemaMigrationAtStartup;

/**
 * Ready when MariaDB answers a query and the schema has been migrated. The answer is public, so it names neither
 * the database's version nor the driver's error text: those go to the server log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    SchemaMigrationAtStartup migration;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (ResultSet rs = statement.executeQuery("SELECT 1")) {
                rs.next();
            }
            String schema = migration.schemaVersion();
            response.withData("schemaVersion", schema == null ? "not migrated" : schema);
            return response.status(schema != null).build();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Readiness: the database does not answer: {0}", e.getMessage());
            return response.down().withData("error", "Cơ sở dữ liệu không trả lời — the database does not answer")
                    .build();
        }
    }
}
