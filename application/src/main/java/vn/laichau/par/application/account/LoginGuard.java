package vn.laichau.par.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Sign-in delays kept in the database (table {@code login_throttle}), so that every server instance sees the same
 * counts: one row per account and client address ({@code pair:<address>|<user name>}) and one per client address
 * ({@code addr:<address>}). An attempt is claimed, counted and committed under row locks before its password is
 * checked, so parallel guesses cannot pass uncounted; an attempt that must wait is refused without a check. An
 * account is never locked as such: the owner signing in from another address is not slowed by failures elsewhere.
 * Each change is its own short local transaction; it must not run inside a container transaction.
 */
@ApplicationScoped
public class LoginGuard {

    private static final int DEADLOCK_RETRIES = 5;

    private final DataSource dataSource;
    private final Clock clock;

    /** For the container's client proxy only. */
    protected LoginGuard() {
        this(null, null);
    }

    @Inject
    public LoginGuard(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Counts one sign-in attempt of {@code username} from {@code address} before its password is checked; refused
     * (and not counted) while the address or the account from that address must wait.
     */
    public void claimAttempt(String username, String address) {
        for (int attempt = 1; ; attempt++) {
            try {
                claimOnce(username, address);
                return;
            } catch (SQLException e) {
                if (!"40001".equals(e.getSQLState()) || attempt >= DEADLOCK_RETRIES) {
                    throw new IllegalStateException("login_throttle: " + e.getMessage(), e);
                }
            }
        }
    }

    /** The attempt was right: it is taken back from the address, and the account's count there is cleared. */
    public void recordSuccess(String username, String address) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                String addressKey = addressKey(address);
                Throttle.State stored = select(c, addressKey);
                if (stored != null) {
                    write(c, addressKey, Throttle.ADDRESS.afterSuccess(stored));
                }
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM login_throttle WHERE subject = ?")) {
                    delete.setString(1, pairKey(username, address));
                    delete.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("login_throttle: " + e.getMessage(), e);
        }
    }

    /**
     * Lifts the delays of an account (from every address) and/or of a client address (for every account from it);
     * answers how many counts were cleared.
     */
    public int release(Optional<String> username, Optional<String> address) {
        if (username.isEmpty() && address.isEmpty()) {
            throw SignInRefusals.releaseNeedsSubject();
        }
        StringBuilder sql = new StringBuilder("DELETE FROM login_throttle WHERE ");
        if (username.isPresent() && address.isPresent()) {
            sql.append("subject = ?");
        } else if (username.isPresent()) {
            sql.append("subject LIKE ? ESCAPE '!'");
        } else {
            sql.append("subject = ? OR subject LIKE ? ESCAPE '!'");
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement(sql.toString())) {
            if (username.isPresent() && address.isPresent()) {
                delete.setString(1, pairKey(username.get(), address.get()));
            } else if (username.isPresent()) {
                delete.setString(1, "pair:%|" + like(normal(username.get())));
            } else {
                delete.setString(1, addressKey(address.get()));
                delete.setString(2, like("pair:" + address.get().strip() + "|") + "%");
            }
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("login_throttle: " + e.getMessage(), e);
        }
    }

    /** Lifts every delay of an account, e.g. when an admin resets its password. */
    public void unlock(String username) {
        release(Optional.of(username), Optional.empty());
    }

    private void claimOnce(String username, String address) throws SQLException {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                String addressKey = addressKey(address);
                String pairKey = pairKey(username, address);
                // Always the address first, then the pair: one lock order for every transaction.
                Throttle.State client = lock(c, addressKey, now);
                Throttle.State pair = lock(c, pairKey, now);
                if (Throttle.ADDRESS.mustWait(client, now)) {
                    c.rollback();
                    throw SignInRefusals.addressMustWait(client.blockedUntil(), clock.getZone());
                }
                if (Throttle.ACCOUNT_FROM_ADDRESS.mustWait(pair, now)) {
                    c.rollback();
                    throw SignInRefusals.accountMustWait(pair.blockedUntil(), clock.getZone());
                }
                write(c, addressKey, Throttle.ADDRESS.afterAttempt(client, now));
                write(c, pairKey, Throttle.ACCOUNT_FROM_ADDRESS.afterAttempt(pair, now));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /** The subject's row, created when missing, locked until the transaction ends; {@code null} when new. */
    private static Throttle.State lock(Connection c, String subject, Instant now) throws SQLException {
        try (PreparedStatement ensure = c.prepareStatement("INSERT INTO login_throttle (subject, attempts, "
                + "last_attempt_at, blocked_until) VALUES (?, 0, ?, NULL) ON DUPLICATE KEY UPDATE subject = subject")) {
            ensure.setString(1, subject);
            ensure.setTimestamp(2, Timestamp.from(now));
            ensure.executeUpdate();
        }
        Throttle.State state = select(c, subject);
        return state == null || state.attempts() == 0 ? null : state;
    }

    private static void write(Connection c, String subject, Throttle.State state) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE login_throttle SET attempts = ?, "
                + "last_attempt_at = ?, blocked_until = ? WHERE subject = ?")) {
            update.setInt(1, state.attempts());
            update.setTimestamp(2, Timestamp.from(state.lastAttemptAt()));
            update.setTimestamp(3, state.blockedUntil() == null ? null : Timestamp.from(state.blockedUntil()));
            update.setString(4, subject);
            update.executeUpdate();
        }
    }

    private static Throttle.State select(Connection c, String subject) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT attempts, last_attempt_at, blocked_until "
                + "FROM login_throttle WHERE subject = ? FOR UPDATE")) {
            select.setString(1, subject);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Timestamp blocked = rs.getTimestamp(3);
                return new Throttle.State(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        blocked == null ? null : blocked.toInstant());
            }
        }
    }

    static String pairKey(String username, String address) {
        return "pair:" + normalAddress(address) + "|" + normal(username);
    }

    static String addressKey(String address) {
        return "addr:" + normalAddress(address);
    }

    private static String normal(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    private static String normalAddress(String address) {
        return address == null || address.isBlank() ? "unknown" : address.strip();
    }

    private static String like(String literal) {
        return literal.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
