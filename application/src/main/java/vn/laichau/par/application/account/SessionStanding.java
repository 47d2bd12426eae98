package vn.laichau.par.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Whether an access token still stands: its official is active and the token carries the official's current
 * session generation (raised by a deactivation, a role taken away, a move to another agency and a password
 * reset). One primary-key read straight from the database per request, past any entity cache, so that a change
 * made on any server instance counts from the next request on.
 */
@ApplicationScoped
public class SessionStanding {

    private final DataSource dataSource;

    /** For the container's client proxy only. */
    protected SessionStanding() {
        this(null);
    }

    @Inject
    public SessionStanding(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True when official {@code officialId} is active and {@code generation} is their current one. */
    public boolean stands(long officialId, long generation) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT active, session_generation FROM official WHERE id = ?")) {
            select.setLong(1, officialId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() && rs.getBoolean(1) && rs.getLong(2) == generation;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("official: " + e.getMessage(), e);
        }
    }
}
