package vn.laichau.par.persistence.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Optional;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.official.OfficialRepository;

/**
 * Officials' accounts: checking a password at login (throttled per account and per client address), creating
 * accounts and resetting passwords. Only a slow salted hash of a password is ever stored.
 */
@ApplicationScoped
public class OfficialAccounts {

    @PersistenceContext(unitName = "par")
    EntityManager em;

    @Inject
    LoginGuard guard;

    @Inject
    RefreshTokens refreshTokens;

    private final PasswordHasher hasher = new PasswordHasher();

    /**
     * The active official with this user name and password. Refused while the account or the address is
     * locked; a wrong password counts against both, and the failure that reaches the limit says the account is
     * now locked. Must not be called inside a container transaction.
     */
    public Official authenticate(String username, String password, String address) {
        guard.checkAllowed(username, address);
        Optional<Official> found = username == null || username.isBlank() ? Optional.empty()
                : new OfficialRepository(em).findByUsername(username);
        boolean matches;
        if (found.isPresent() && found.get().isActive() && found.get().passwordHash().isPresent()) {
            matches = hasher.verify(password, found.get().passwordHash().get());
        } else {
            hasher.verifyNothing(password);
            matches = false;
        }
        if (!matches) {
            Throttle.State state = guard.recordFailure(username, address);
            if (state.lockedUntil() != null) {
                throw LoginRefusedException.accountLocked(state.lockedUntil());
            }
            throw LoginRefusedException.badCredentials();
        }
        guard.recordSuccess(username);
        return found.get();
    }

    /** Creates an account; the user name must be free, the agency must exist and the password long enough. */
    @Transactional
    public Official create(String username, String displayName, long agencyId, Collection<Role> roles,
                           String password) {
        requireAcceptable(password);
        Official official = new Official(username, displayName, agencyId, roles);
        official.changePasswordHash(hasher.hash(password));
        new OfficialRepository(em).add(official);
        em.flush();
        return official;
    }

    /**
     * Creates the first administrator unless an account with that user name exists already; answers whether it
     * was created.
     */
    @Transactional
    public boolean createFirstAdmin(String username, String password, long agencyId) {
        OfficialRepository officials = new OfficialRepository(em);
        if (officials.findByUsername(username).isPresent()) {
            return false;
        }
        requireAcceptable(password);
        Official admin = new Official(username, "Quản trị viên", agencyId, java.util.EnumSet.of(Role.ADMIN));
        admin.changePasswordHash(hasher.hash(password));
        officials.add(admin);
        return true;
    }

    /** Sets a new password, lifts a lock and ends every session of the account. */
    @Transactional
    public Official resetPassword(long officialId, long expectedVersion, String password) {
        requireAcceptable(password);
        Official official = Optional.ofNullable(em.find(Official.class, officialId)).orElseThrow(() ->
                new jakarta.persistence.EntityNotFoundException("Không có cán bộ " + officialId
                        + " / no official " + officialId));
        if (official.version() != expectedVersion) {
            throw new jakarta.persistence.OptimisticLockException("Tài khoản đã được thay đổi / the account was "
                    + "changed meanwhile", null, official);
        }
        official.changePasswordHash(hasher.hash(password));
        em.flush();
        guard.unlock(official.username());
        refreshTokens.revokeAllOf(officialId);
        return official;
    }

    private static void requireAcceptable(String password) {
        if (!PasswordHasher.acceptable(password)) {
            throw new IllegalArgumentException("Mật khẩu phải có ít nhất " + PasswordHasher.MIN_PASSWORD_LENGTH
                    + " ký tự / a password needs at least " + PasswordHasher.MIN_PASSWORD_LENGTH + " characters");
        }
    }
}
