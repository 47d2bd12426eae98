package vn.laichau.par.application.account;

import vn.laichau.par.domain.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.plan.InvalidPlanDataException;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.official.OfficialRepository;

/**
 * Officials' accounts: checking a password at login (throttled per account and per client address), creating
 * accounts, changing them, deactivating and reactivating them, and resetting passwords. Only a slow salted hash
 * of a password is ever stored; every change an administrator makes is written to the audit trail.
 */
@ApplicationScoped
public class OfficialAccounts {

    @PersistenceContext(unitName = "par")
    EntityManager em;

    @Inject
    LoginGuard guard;

    @Inject
    RefreshTokens refreshTokens;

    /** The audit trail's name for official records. */
    public static final String AUDITED = "official";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

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
                throw guard.accountLocked(state.lockedUntil());
            }
            throw SignInRefusals.badCredentials();
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

    /**
     * Replaces what an administrator sets on an account. The agency must exist and not have ended; an
     * administrator cannot take the admin role from their own account.
     */
    @Transactional
    public Official change(Actor actor, long officialId, long expectedVersion, AccountDetails details) {
        Official official = current(officialId, expectedVersion);
        Agency agency = em.find(Agency.class, details.agencyId());
        if (agency == null) {
            throw new InvalidPlanDataException("official " + official.username(),
                    "Không có cơ quan mã số " + details.agencyId(), "No agency with id " + details.agencyId());
        }
        if (details.agencyId() != official.agencyId() && !agency.isValidOn(LocalDate.now(ZONE))) {
            throw new InvalidPlanDataException("official " + official.username(),
                    "Cơ quan " + agency.getName() + " không còn tồn tại hôm nay",
                    "The agency " + agency.getName() + " does not exist today");
        }
        if (actor.officialId().filter(id -> id == officialId).isPresent() && official.hasRole(Role.ADMIN)
                && !details.roles().contains(Role.ADMIN)) {
            throw new InvalidPlanDataException("official " + official.username(),
                    "Không thể tự bỏ quyền quản trị của chính mình", "You cannot take the admin role from yourself");
        }
        Map<String, Object> before = audited(official);
        official.rename(details.displayName());
        official.moveTo(details.agencyId());
        for (Role role : Role.values()) {
            if (details.roles().contains(role)) {
                official.grant(role);
            } else {
                official.revoke(role);
            }
        }
        official.changeEmail(details.email());
        official.changePhone(details.phone());
        official.appointHead(details.headOfAgency());
        em.flush();
        recordChanges(actor, official, before);
        return official;
    }

    /**
     * Deactivates an account: it can no longer log in or refresh a token, and every session it has is ended.
     * An administrator cannot deactivate their own account.
     */
    @Transactional
    public Official deactivate(Actor actor, long officialId, long expectedVersion) {
        Official official = current(officialId, expectedVersion);
        if (actor.officialId().filter(id -> id == officialId).isPresent()) {
            throw new InvalidPlanDataException("official " + official.username(),
                    "Không thể tự vô hiệu hóa tài khoản của chính mình", "You cannot deactivate your own account");
        }
        refreshTokens.revokeAllOf(officialId);
        Map<String, Object> before = audited(official);
        official.deactivate();
        em.flush();
        recordChanges(actor, official, before);
        return official;
    }

    /** Lets a deactivated account log in again (with its password as it was). */
    @Transactional
    public Official reactivate(Actor actor, long officialId, long expectedVersion) {
        Official official = current(officialId, expectedVersion);
        Map<String, Object> before = audited(official);
        official.activate();
        em.flush();
        recordChanges(actor, official, before);
        return official;
    }

    private Official current(long officialId, long expectedVersion) {
        Official official = Optional.ofNullable(em.find(Official.class, officialId)).orElseThrow(() ->
                new jakarta.persistence.EntityNotFoundException("Không có cán bộ " + officialId
                        + " / no official " + officialId));
        if (official.version() != expectedVersion) {
            throw new jakarta.persistence.OptimisticLockException("Tài khoản đã được thay đổi / the account was "
                    + "changed meanwhile", null, official);
        }
        return official;
    }

    private static Map<String, Object> audited(Official official) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("displayName", official.displayName());
        fields.put("agencyId", official.agencyId());
        fields.put("roles", official.roles().stream().map(Role::name).sorted().toList());
        fields.put("email", official.email().orElse(null));
        fields.put("phone", official.phone().orElse(null));
        fields.put("headOfAgency", official.isHeadOfAgency());
        fields.put("active", official.isActive());
        return fields;
    }

    private void recordChanges(Actor actor, Official official, Map<String, Object> before) {
        AuditTrail audit = new AuditTrail(em, Clock.systemUTC());
        audited(official).forEach((field, value) -> audit.record(actor, AUDITED, official.id(), field,
                before.get(field), value));
    }

    private static void requireAcceptable(String password) {
        if (!PasswordHasher.acceptable(password)) {
            throw new IllegalArgumentException("Mật khẩu phải có ít nhất " + PasswordHasher.MIN_PASSWORD_LENGTH
                    + " ký tự / a password needs at least " + PasswordHasher.MIN_PASSWORD_LENGTH + " characters");
        }
    }
}
