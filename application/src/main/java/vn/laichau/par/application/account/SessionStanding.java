package vn.laichau.par.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.persistence.official.OfficialChanges;

/**
 * Whether an access token still stands: its official is active and the token carries the official's current
 * session generation (raised by a deactivation, a role taken away, a move to another agency and a password
 * reset). A primary-key read straight from the database, past any entity cache. A token found standing is not
 * read again for {@code par.sessions.recheck-ms} milliseconds (default 1000; 0 reads on every request) unless an
 * official was changed by this server process meanwhile ({@link OfficialChanges}): a change made here counts from
 * the next request on, a change made by another server instance on the same database within that time.
 */
@ApplicationScoped
public class SessionStanding {

    /** Standing tokens kept at most; all are forgotten at once when full (they are read again when next used). */
    static final int CAPACITY = 10_000;

    private final DataSource dataSource;
    private final long recheckNanos;
    private final LongSupplier nanoTime;
    private final LongSupplier changes;
    private final Map<Token, Standing> standing = new ConcurrentHashMap<>();

    /** For the container's client proxy only. */
    protected SessionStanding() {
        this(null, 0, System::nanoTime, OfficialChanges::count);
    }

    @Inject
    public SessionStanding(DataSource dataSource,
                           @ConfigProperty(name = "par.sessions.recheck-ms", defaultValue = "1000") long recheckMs) {
        this(dataSource, recheckMs, System::nanoTime, OfficialChanges::count);
    }

    /** With the time and the count of changes given, for tests. */
    SessionStanding(DataSource dataSource, long recheckMs, LongSupplier nanoTime, LongSupplier changes) {
        if (recheckMs < 0) {
            throw new IllegalArgumentException("par.sessions.recheck-ms must not be negative: " + recheckMs);
        }
        this.dataSource = dataSource;
        this.recheckNanos = TimeUnit.MILLISECONDS.toNanos(recheckMs);
        this.nanoTime = nanoTime;
        this.changes = changes;
    }

    /** True when official {@code officialId} is active and {@code generation} is their current one. */
    public boolean stands(long officialId, long generation) {
        Token token = new Token(officialId, generation);
        long changesBefore = changes.getAsLong();
        long now = nanoTime.getAsLong();
        Standing kept = standing.get(token);
        if (kept != null && kept.changes == changesBefore && now - kept.readAt < recheckNanos) {
            return true;
        }
        boolean stands = read(officialId, generation);
        if (stands && recheckNanos > 0) {
            if (standing.size() >= CAPACITY) {
                standing.clear();
            }
            standing.put(token, new Standing(now, changesBefore));
        } else {
            standing.remove(token);
        }
        return stands;
    }

    private boolean read(long officialId, long generation) {
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

    private record Token(long official, long generation) {
    }

    /** When a token was last read standing, and the count of changes to officials before that read. */
    private record Standing(long readAt, long changes) {
    }
}
