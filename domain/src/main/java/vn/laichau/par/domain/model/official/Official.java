package vn.laichau.par.domain.model.official;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.laichau.par.domain.UserText;

/**
 * A person working in an agency ("cán bộ, công chức") who uses the system: a user name, the agency acted
 * for, roles, a password hash, and the Telegram chat linked to the bot. Officials are deactivated, never
 * deleted, so that what they did stays attributable.
 */
@Entity
@Table(name = "official")
public class Official {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 255)
    private String displayName;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "official_role", joinColumns = @JoinColumn(name = "official_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @Column(name = "active", nullable = false)
    private boolean active;

    /** Raised whenever the account's rights shrink: access tokens of an earlier generation are refused. */
    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    @Column(name = "head_of_agency", nullable = false)
    private boolean headOfAgency;

    @Column(name = "email", length = 255)
    private String email;

    @Column(name = "phone", length = 32)
    private String phone;

    @Column(name = "telegram_chat_id")
    private Long telegramChatId;

    @Column(name = "zalo_user_id", length = 64)
    private String zaloUserId;

    @Version
    @Column(name = "version")
    private long version;

    @Column(name = "updated_at", insertable = false, updatable = false)
    private Instant updatedAt;

    protected Official() {
    }

    public Official(String username, String displayName, long agencyId, Collection<Role> roles) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        this.username = username.strip().toLowerCase(Locale.ROOT);
        rename(displayName);
        this.agencyId = agencyId;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.active = true;
    }

    public void rename(String newDisplayName) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new IllegalArgumentException("displayName must not be blank");
        }
        this.displayName = UserText.line("displayName", "Họ tên", newDisplayName);
    }

    /** Stores a new password hash (computed by the security layer; never the password). */
    /** A new password; the sessions opened with the old one end. */
    public void changePasswordHash(String hash) {
        this.passwordHash = Objects.requireNonNull(hash, "hash");
        endSessions();
    }

    /** Acts for another agency from now on; sessions that acted for the old one end. */
    public void moveTo(long newAgencyId) {
        if (newAgencyId != agencyId) {
            endSessions();
        }
        this.agencyId = newAgencyId;
    }

    public void grant(Role role) {
        roles.add(role);
    }

    /** Takes a role away; sessions that carried it end. */
    public void revoke(Role role) {
        if (roles.remove(role)) {
            endSessions();
        }
    }

    public void appointHead(boolean head) {
        this.headOfAgency = head;
    }

    public void changeEmail(String newEmail) {
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
    }

    public void changePhone(String newPhone) {
        this.phone = newPhone == null || newPhone.isBlank() ? null : newPhone.strip();
    }

    public void linkTelegram(long chatId) {
        this.telegramChatId = chatId;
    }

    public void unlinkTelegram() {
        this.telegramChatId = null;
    }

    /** Links the Zalo account with Zalo's user id {@code userId}; a Telegram chat stays linked beside it. */
    public void linkZalo(String userId) {
        if (userId == null || userId.isBlank() || userId.length() > 64) {
            throw new IllegalArgumentException("A Zalo user id has 1-64 characters");
        }
        this.zaloUserId = userId.strip();
    }

    public void unlinkZalo() {
        this.zaloUserId = null;
    }

    /** The Zalo account linked to the bot, by Zalo's user id. */
    public Optional<String> zaloUserId() {
        return Optional.ofNullable(zaloUserId);
    }

    /** The account can no longer sign in, and its open sessions end. */
    public void deactivate() {
        if (active) {
            endSessions();
        }
        this.active = false;
    }

    /** Ends every session: access tokens issued before are refused from their next request on. */
    public void endSessions() {
        sessionGeneration++;
    }

    /** The generation access tokens must carry to be accepted. */
    public int sessionGeneration() {
        return sessionGeneration;
    }

    public void activate() {
        this.active = true;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public long agencyId() {
        return agencyId;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    }

    public Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public boolean isActive() {
        return active;
    }

    public boolean isHeadOfAgency() {
        return headOfAgency;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public Optional<Long> telegramChatId() {
        return Optional.ofNullable(telegramChatId);
    }

    public long version() {
        return version;
    }

    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }
}
