package vn.laichau.par.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Rotating refresh tokens. Only a token's SHA-256 is stored (table {@code refresh_token}). Each login starts a
 * family; each refresh uses its token up and gives the next one of the family. A used or revoked token that
 * comes back means it was copied: the whole family is revoked. Runs in its own local transactions, never in a
 * container transaction.
 */
@ApplicationScoped
public class RefreshTokens {

    public static final Duration LIFETIME = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource dataSource;
    private final Clock clock;

    /** For the container's client proxy only. */
    protected RefreshTokens() {
        this(null, null);
    }

    @Inject
    public RefreshTokens(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The official a refresh token was given to, and the token that replaces it. */
    public record Rotation(long officialId, String refreshToken) {
    }

    /** Starts a new family for a fresh login; answers the token to hand to the client. */
    public String issue(long officialId) {
        try (Connection c = dataSource.getConnection()) {
            return insert(c, officialId, UUID.randomUUID().toString());
        } catch (SQLException e) {
            throw new IllegalStateException("refresh_token: " + e.getMessage(), e);
        }
    }

    /** Uses {@code token} up and answers the next one of its family. */
    public Rotation rotate(String token) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            long id;
            long officialId;
            String family;
            try (PreparedStatement select = c.prepareStatement("SELECT id, official_id, family, expires_at, used_at, "
                    + "revoked_at FROM refresh_token WHERE token_hash = ?")) {
                select.setString(1, sha256(token));
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw SignInRefusals.invalidRefreshToken();
                    }
                    id = rs.getLong(1);
                    officialId = rs.getLong(2);
                    family = rs.getString(3);
                    if (rs.getTimestamp(5) != null) {
                        revokeFamily(c, family, now);
                        throw SignInRefusals.refreshTokenReused();
                    }
                    if (rs.getTimestamp(6) != null || !rs.getTimestamp(4).toInstant().isAfter(now)) {
                        throw SignInRefusals.invalidRefreshToken();
                    }
                }
            }
            try (PreparedStatement use = c.prepareStatement("UPDATE refresh_token SET used_at = ? "
                    + "WHERE id = ? AND used_at IS NULL AND revoked_at IS NULL")) {
                use.setTimestamp(1, Timestamp.from(now));
                use.setLong(2, id);
                if (use.executeUpdate() != 1) {
                    revokeFamily(c, family, now);
                    throw SignInRefusals.refreshTokenReused();
                }
            }
            return new Rotation(officialId, insert(c, officialId, family));
        } catch (SQLException e) {
            throw new IllegalStateException("refresh_token: " + e.getMessage(), e);
        }
    }

    /** Ends the session {@code token} belongs to (logout); an unknown token changes nothing. */
    public void revoke(String token) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT family FROM refresh_token WHERE token_hash = ?")) {
            select.setString(1, sha256(token));
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    revokeFamily(c, rs.getString(1), clock.instant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("refresh_token: " + e.getMessage(), e);
        }
    }

    /** Ends every session of an official, e.g. after a password reset. */
    public void revokeAllOf(long officialId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE refresh_token SET revoked_at = ? "
                     + "WHERE official_id = ? AND revoked_at IS NULL")) {
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            update.setLong(2, officialId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("refresh_token: " + e.getMessage(), e);
        }
    }

    private String insert(Connection c, long officialId, String family) throws SQLException {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO refresh_token "
                + "(token_hash, family, official_id, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, sha256(token));
            insert.setString(2, family);
            insert.setLong(3, officialId);
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setTimestamp(5, Timestamp.from(now.plus(LIFETIME)));
            insert.executeUpdate();
        }
        return token;
    }

    private static void revokeFamily(Connection c, String family, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE refresh_token SET revoked_at = ? "
                + "WHERE family = ? AND revoked_at IS NULL")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, family);
            update.executeUpdate();
        }
    }

    static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
