package vn.laichau.par.application.account;

import vn.laichau.par.domain.Refusal;
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
import javax.sql.DataSource;

/**
 * Counts failed logins per account and per client address in the database (table {@code login_throttle}), so
 * that every server instance sees the same counts. Each update is its own short local transaction with a row
 * lock; it must not run inside a container transaction.
 */
@ApplicationScoped
public class LoginGuard {

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

    /** Refuses when the account or the address is locked now. */
    public void checkAllowed(String username, String address) {
        Instant now = clock.instant();
        Throttle.State account = read(accountKey(username));
        if (account != null && account.lockedAt(now)) {
            throw accountLocked(account.lockedUntil());
        }
        Throttle.State client = read(addressKey(address));
        if (client != null && client.lockedAt(now)) {
            throw SignInRefusals.addressBlocked(client.lockedUntil(), clock.getZone());
        }
    }

    /** The refusal of a locked account, until {@code until} in the configured zone. */
    public Refusal accountLocked(Instant until) {
        return SignInRefusals.accountLocked(until, clock.getZone());
    }

    /** Counts one failure against both; answers the account's state after it. */
    public Throttle.State recordFailure(String username, String address) {
        Throttle.State account = fail(accountKey(username), Throttle.ACCOUNT);
        fail(addressKey(address), Throttle.ADDRESS);
        return account;
    }

    /** A successful login clears the account's failures (not the address's). */
    public void recordSuccess(String username) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM login_throttle WHERE subject = ?")) {
            delete.setString(1, accountKey(username));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("login_throttle: " + e.getMessage(), e);
        }
    }

    /** Lifts an account's lock, e.g. when an admin resets its password. */
    public void unlock(String username) {
        recordSuccess(username);
    }

    private Throttle.State fail(String subject, Throttle throttle) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ensure = c.prepareStatement("INSERT IGNORE INTO login_throttle "
                        + "(subject, failures, window_start, locked_until) VALUES (?, 0, ?, NULL)")) {
                    ensure.setString(1, subject);
                    ensure.setTimestamp(2, Timestamp.from(now));
                    ensure.executeUpdate();
                }
                Throttle.State stored = select(c, subject, true);
                Throttle.State next = throttle.afterFailure(stored == null || stored.failures() == 0 ? null : stored,
                        now);
                try (PreparedStatement update = c.prepareStatement("UPDATE login_throttle SET failures = ?, "
                        + "window_start = ?, locked_until = ? WHERE subject = ?")) {
                    update.setInt(1, next.failures());
                    update.setTimestamp(2, Timestamp.from(next.windowStart()));
                    update.setTimestamp(3, next.lockedUntil() == null ? null : Timestamp.from(next.lockedUntil()));
                    update.setString(4, subject);
                    update.executeUpdate();
                }
                c.commit();
                return next;
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

    private Throttle.State read(String subject) {
        try (Connection c = dataSource.getConnection()) {
            return select(c, subject, false);
        } catch (SQLException e) {
            throw new IllegalStateException("login_throttle: " + e.getMessage(), e);
        }
    }

    private static Throttle.State select(Connection c, String subject, boolean forUpdate) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT failures, window_start, locked_until "
                + "FROM login_throttle WHERE subject = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            select.setString(1, subject);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Timestamp locked = rs.getTimestamp(3);
                return new Throttle.State(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        locked == null ? null : locked.toInstant());
            }
        }
    }

    private static String accountKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "addr:" + (address == null ? "unknown" : address);
    }
}
