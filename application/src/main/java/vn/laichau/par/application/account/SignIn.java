package vn.laichau.par.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.persistence.official.OfficialRepository;

/**
 * An official signs in with user name and password, keeps the session alive with refresh tokens and signs out.
 * A password is checked against its slow salted hash, throttled per account and client address and per client
 * address; each sign-in starts a family of rotating refresh tokens. The short-lived access token is the
 * adapter's to mint from the official answered here. Runs outside container transactions: the throttle and the tokens commit their own.
 */
@ApplicationScoped
public class SignIn {

    private final OfficialRepository officials;
    private final LoginGuard guard;
    private final RefreshTokens refreshTokens;
    private final PasswordHasher hasher = new PasswordHasher();

    /** Who signed in, and the refresh token that renews their session. */
    public record SignedIn(Official official, String refreshToken) {
    }

    /** For the container's client proxy only. */
    protected SignIn() {
        this(null, null, null);
    }

    @Inject
    public SignIn(OfficialRepository officials, LoginGuard guard, RefreshTokens refreshTokens) {
        this.officials = officials;
        this.guard = guard;
        this.refreshTokens = refreshTokens;
    }

    /**
     * The active official with this user name and password, and a new session. The attempt is counted before the
     * password is checked; it is refused unchecked while this account from this address, or this address, must
     * wait (see {@link Throttle}). A right password takes its attempt back.
     */
    public SignedIn withPassword(String username, String password, String address) {
        Official official = authenticate(username, password, address);
        return new SignedIn(official, refreshTokens.issue(official.id()));
    }

    /**
     * Uses a refresh token up and answers its official with the next token of the session. A token of an account
     * deactivated meanwhile ends the session.
     */
    public SignedIn refresh(String refreshToken) {
        RefreshTokens.Rotation rotation = refreshTokens.rotate(refreshToken);
        Optional<Official> official = officials.findById(rotation.officialId()).filter(Official::isActive);
        if (official.isEmpty()) {
            refreshTokens.revoke(rotation.refreshToken());
            throw SignInRefusals.invalidRefreshToken();
        }
        return new SignedIn(official.get(), rotation.refreshToken());
    }

    /** Ends the session the refresh token belongs to; an unknown token changes nothing. */
    public void signOut(String refreshToken) {
        refreshTokens.revoke(refreshToken);
    }

    private Official authenticate(String username, String password, String address) {
        guard.claimAttempt(username, address);
        Optional<Official> found = username == null || username.isBlank() ? Optional.empty()
                : officials.findByUsername(username);
        boolean matches;
        if (found.isPresent() && found.get().isActive() && found.get().passwordHash().isPresent()) {
            matches = hasher.verify(password, found.get().passwordHash().get());
        } else {
            hasher.verifyNothing(password);
            matches = false;
        }
        if (!matches) {
            throw SignInRefusals.badCredentials();
        }
        guard.recordSuccess(username, address);
        return found.get();
    }
}
