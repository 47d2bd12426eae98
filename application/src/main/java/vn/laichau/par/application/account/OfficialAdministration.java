package vn.laichau.par.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.Refusal.Violation;
import vn.laichau.par.domain.VietnameseDate;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.official.OfficialRepository;

/**
 * Officials' accounts as administrators keep them: listing and reading them, creating accounts (the first
 * administrator included), changing them, deactivating and reactivating them, and resetting passwords. Only a
 * slow salted hash of a password is ever stored; every change an administrator makes is written to the audit
 * trail.
 */
@ApplicationScoped
public class OfficialAdministration {

    /** The audit trail's name for official records. */
    public static final String AUDITED = "official";

    private final OfficialRepository officials;
    private final AgencyRepository agencies;
    private final AuditTrail audit;
    private final LoginGuard guard;
    private final RefreshTokens refreshTokens;
    private final Clock clock;
    private final PasswordHasher hasher = new PasswordHasher();

    /** What became of the first administrator's account at start-up. */
    public enum FirstAdmin {
        CREATED, EXISTS, NO_AGENCY
    }

    /** For the container's client proxy only. */
    protected OfficialAdministration() {
        this(null, null, null, null, null, null);
    }

    @Inject
    public OfficialAdministration(OfficialRepository officials, AgencyRepository agencies, AuditTrail audit,
                                  LoginGuard guard, RefreshTokens refreshTokens, Clock clock) {
        this.officials = officials;
        this.agencies = agencies;
        this.audit = audit;
        this.guard = guard;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    /**
     * Officials in id order after {@code afterId}, at most {@code limit}, of one agency and changed since an
     * instant when those are given.
     */
    @Transactional
    public List<Official> list(Optional<Long> agencyId, Optional<Instant> updatedSince, long afterId, int limit) {
        return officials.list(agencyId, updatedSince, afterId, limit);
    }

    /** The official with this id; refused when there is none. */
    @Transactional
    public Official get(long officialId) {
        return officials.findById(officialId).orElseThrow(() -> notFound(officialId));
    }

    /**
     * Creates an account; the user name must be free, the agency must exist and not have ended and the password
     * long enough. The creation is written to the audit trail under {@code actor}, with the
     * account's user name and fields.
     */
    @Transactional
    public Official create(Actor actor, String username, String displayName, long agencyId, Collection<Role> roles,
                           String password) {
        requireAcceptable(password);
        refuseIfEnded(agencies.findById(agencyId).orElseThrow(() -> unknownAgency(agencyId)));
        Official official;
        try {
            official = new Official(username, displayName, agencyId, roles);
        } catch (IllegalArgumentException e) {
            throw invalid(e);
        }
        official.changePasswordHash(hasher.hash(password));
        officials.add(official);
        officials.flush();
        audit.record(actor, AUDITED, official.id(), "account", null, "created " + official.username() + " "
                + audited(official));
        return stored(official);
    }

    /**
     * Creates the first administrator, acting for the agency with code {@code agencyCode}, unless an account with
     * that user name exists already; refused (agency-ended) when that agency has ended, like any account.
     */
    @Transactional
    public FirstAdmin createFirstAdmin(String username, String password, String agencyCode) {
        if (officials.findByUsername(username).isPresent()) {
            return FirstAdmin.EXISTS;
        }
        Optional<Agency> agency = agencies.findByCode(agencyCode);
        if (agency.isEmpty()) {
            return FirstAdmin.NO_AGENCY;
        }
        refuseIfEnded(agency.get());
        requireAcceptable(password);
        Official admin = new Official(username, "Quản trị viên", agency.get().getId(), EnumSet.of(Role.ADMIN));
        admin.changePasswordHash(hasher.hash(password));
        officials.add(admin);
        return FirstAdmin.CREATED;
    }

    /**
     * Sets a new password, lifts the account's sign-in delays and ends every session of the account: its refresh
     * tokens are revoked and its access tokens are refused from their next request on. Written to the audit trail
     * (that the password was reset, never the password).
     */
    @Transactional
    public Official resetPassword(Actor actor, long officialId, long expectedVersion, String password) {
        requireAcceptable(password);
        Official official = current(officialId, expectedVersion);
        // The sessions and delays are ended in their own transactions, before the account's row is locked here.
        refreshTokens.revokeAllOf(officialId);
        guard.unlock(official.username());
        official.changePasswordHash(hasher.hash(password));
        officials.flush();
        audit.record(actor, AUDITED, official.id(), "password", null, "reset");
        return stored(official);
    }

    /**
     * Replaces what an administrator sets on an account. The agency must exist, and an account moved to another
     * agency must find it existing today (an ended one is refused with its last day and successor); an
     * administrator cannot take the admin role from their own account.
     */
    @Transactional
    public Official change(Actor actor, long officialId, long expectedVersion, AccountDetails details) {
        Official official = current(officialId, expectedVersion);
        Agency agency = agencies.findById(details.agencyId()).orElseThrow(() -> unknownAgency(details.agencyId()));
        if (details.agencyId() != official.agencyId()) {
            refuseIfEnded(agency);
            if (!agency.isValidOn(LocalDate.now(clock))) {
                throw conflict("Cơ quan " + agency.getName() + " chưa tồn tại hôm nay",
                        "The agency " + agency.getName() + " does not exist yet today");
            }
        }
        if (actor.officialId().filter(id -> id == officialId).isPresent() && official.hasRole(Role.ADMIN)
                && !details.roles().contains(Role.ADMIN)) {
            throw conflict("Không thể tự bỏ quyền quản trị của chính mình", "You cannot take the admin role from yourself");
        }
        Map<String, Object> before = audited(official);
        try {
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
        } catch (IllegalArgumentException e) {
            throw invalid(e);
        }
        officials.flush();
        recordChanges(actor, official, before);
        return stored(official);
    }

    /**
     * Deactivates an account: it can no longer log in or refresh a token, and every session it has is ended (its
     * access tokens are refused from their next request on).
     * An administrator cannot deactivate their own account.
     */
    @Transactional
    public Official deactivate(Actor actor, long officialId, long expectedVersion) {
        Official official = current(officialId, expectedVersion);
        if (actor.officialId().filter(id -> id == officialId).isPresent()) {
            throw conflict("Không thể tự vô hiệu hóa tài khoản của chính mình", "You cannot deactivate your own account");
        }
        refreshTokens.revokeAllOf(officialId);
        Map<String, Object> before = audited(official);
        official.deactivate();
        officials.flush();
        recordChanges(actor, official, before);
        return stored(official);
    }

    /** Lets a deactivated account log in again (with its password as it was). */
    @Transactional
    public Official reactivate(Actor actor, long officialId, long expectedVersion) {
        Official official = current(officialId, expectedVersion);
        Map<String, Object> before = audited(official);
        official.activate();
        officials.flush();
        recordChanges(actor, official, before);
        return stored(official);
    }

    /** The account as stored, with the columns the database sets (the time of the last change). */
    private Official stored(Official official) {
        return officials.reload(official);
    }

    private Official current(long officialId, long expectedVersion) {
        Official official = get(officialId);
        if (official.version() != expectedVersion) {
            throw Refusal.of(Refusal.Reason.STALE, "stale-version", "Tài khoản đã được thay đổi",
                    "The account was changed meanwhile");
        }
        return official;
    }

    /**
     * Refuses an agency that has ended as an account's agency, with its last day and its successor when it has
     * one: its officials were moved or deactivated when it ended, and new ones belong to its successor.
     */
    private void refuseIfEnded(Agency agency) {
        Optional<LocalDate> lastDay = agency.getValidTo().filter(LocalDate.now(clock)::isAfter);
        if (lastDay.isEmpty()) {
            return;
        }
        String ended = VietnameseDate.of(lastDay.get());
        Optional<Agency> successor = agency.getSuccessorId().flatMap(agencies::findById);
        String messageVi = "Cơ quan " + agency.getName() + " đã kết thúc ngày " + ended
                + successor.map(s -> "; cơ quan kế thừa: " + s.getName() + " (mã số " + s.getId() + ")")
                        .orElse("; không có cơ quan kế thừa");
        String messageEn = "the agency " + agency.getName() + " ended on " + ended
                + successor.map(s -> "; its successor is " + s.getName() + " (id " + s.getId() + ")")
                        .orElse("; it has no successor");
        throw Refusal.withViolations(Refusal.Reason.CONFLICT, "agency-ended",
                "Không thể xếp cán bộ vào cơ quan đã kết thúc: " + messageVi,
                "An official cannot be placed in an agency that has ended: " + messageEn,
                List.of(new Violation("agencyId", messageVi, messageEn)));
    }

    private static Refusal unknownAgency(long agencyId) {
        return Refusal.withViolations(Refusal.Reason.CONFLICT, "invalid-data", "Không có cơ quan mã số " + agencyId,
                "No agency with id " + agencyId, List.of(new Violation("agencyId",
                        "Không có cơ quan mã số " + agencyId, "no agency with id " + agencyId)));
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
        audited(official).forEach((field, value) -> audit.record(actor, AUDITED, official.id(), field,
                before.get(field), value));
    }

    private static void requireAcceptable(String password) {
        if (!PasswordHasher.acceptable(password)) {
            throw Refusal.of(Refusal.Reason.INVALID, "invalid-account",
                    "Mật khẩu phải có ít nhất " + PasswordHasher.MIN_PASSWORD_LENGTH + " ký tự",
                    "A password needs at least " + PasswordHasher.MIN_PASSWORD_LENGTH + " characters");
        }
    }

    private static Refusal notFound(long officialId) {
        return Refusal.of(Refusal.Reason.NOT_FOUND, "official-not-found", "Không tìm thấy cán bộ " + officialId,
                "No official " + officialId);
    }

    /** A rule of the accounts' data broken: answered as the conflict it always was. */
    private static Refusal conflict(String detailVi, String detailEn) {
        return Refusal.of(Refusal.Reason.CONFLICT, "invalid-data", detailVi, detailEn);
    }

    /** The model's check of a field (a blank name, a malformed e-mail), said as the model says it. */
    private static Refusal invalid(IllegalArgumentException e) {
        return Refusal.of(Refusal.Reason.INVALID, "invalid-account", e.getMessage(), e.getMessage());
    }
}
