package vn.laichau.par.domain.model.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.laichau.par.domain.UserText;

/**
 * A body that can be held responsible for a task: the provincial committee, a department, a district or a
 * commune committee. Agencies are never deleted: an abolished or merged one gets a {@code validTo} date and,
 * where there is one, a successor, so that history stays attributable.
 */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Stable, human-readable key (for example {@code SO_NOI_VU}); unique. */
    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false, length = 255)
    private String name;

    /** The name used where space is short (for example "VP UBND tỉnh"); optional. */
    @Column(name = "short_name", length = 64)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AgencyKind kind;

    /** The agency this one belongs to (a commune's district), by identifier. */
    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    /** The agency that took over this one's duties, by identifier. */
    @Column(name = "successor_id")
    private Long successorId;

    @Version
    private long version;

    /** When the row last changed, kept by the database; for delta synchronisation. */
    @Column(name = "updated_at", insertable = false, updatable = false)
    private Instant updatedAt;

    protected Agency() {
        // for JPA
    }

    public Agency(String code, String name, AgencyKind kind, LocalDate validFrom, LocalDate validTo) {
        this.code = requireText(code, "code", "Mã đơn vị");
        this.name = requireText(name, "name", "Tên đơn vị");
        this.kind = Objects.requireNonNull(kind, "kind");
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo " + validTo + " is before validFrom " + validFrom);
        }
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    private static String requireText(String value, String field, String labelVi) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return UserText.line(field, labelVi, value);
    }

    /** Whether the agency exists on the given day. */
    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** Records that this agency ends on {@code lastDay} and that {@code successor} carries on its duties. */
    public void dissolveInto(Agency successor, LocalDate lastDay) {
        if (successor != null && successor.getId() != null && successor.getId().equals(id)) {
            throw new IllegalArgumentException("an agency cannot succeed itself");
        }
        Objects.requireNonNull(lastDay, "lastDay");
        if (validFrom != null && lastDay.isBefore(validFrom)) {
            throw new IllegalArgumentException("lastDay " + lastDay + " is before validFrom " + validFrom);
        }
        this.validTo = lastDay;
        this.successorId = successor == null ? null : successor.getId();
    }

    /** Undoes an end recorded by mistake: the agency exists again from its first day on, with no successor. */
    public void restore() {
        this.validTo = null;
        this.successorId = null;
    }

    public void placeUnder(Agency parent) {
        if (parent != null && parent.getId() != null && parent.getId().equals(id)) {
            throw new IllegalArgumentException("an agency cannot be placed under itself");
        }
        this.parentId = parent == null ? null : parent.getId();
    }

    /** A new official name and short name, for example after a renaming decision. */
    public void rename(String newName, String newShortName) {
        this.name = requireText(newName, "name", "Tên đơn vị");
        this.shortName = newShortName == null || newShortName.isBlank() ? null
                : UserText.line("shortName", "Tên viết tắt", newShortName);
    }

    /** A new kind; group membership follows it, since groups admit agencies by kind. */
    public void reclassify(AgencyKind newKind) {
        this.kind = Objects.requireNonNull(newKind, "kind");
    }

    /**
     * The days the agency exists, and who carries on its duties once it has ended: a successor needs a last
     * day, and the last day may not come before the first.
     */
    public void changeValidity(LocalDate newValidFrom, LocalDate newValidTo, Agency successor) {
        if (newValidFrom != null && newValidTo != null && newValidTo.isBefore(newValidFrom)) {
            throw new IllegalArgumentException("validTo " + newValidTo + " is before validFrom " + newValidFrom);
        }
        if (successor != null && newValidTo == null) {
            throw new IllegalArgumentException("a successor needs a last day");
        }
        if (successor != null && successor.getId() != null && successor.getId().equals(id)) {
            throw new IllegalArgumentException("an agency cannot succeed itself");
        }
        this.validFrom = newValidFrom;
        this.validTo = newValidTo;
        this.successorId = successor == null ? null : successor.getId();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public Optional<String> getShortName() { return Optional.ofNullable(shortName); }
    public AgencyKind getKind() { return kind; }
    public Optional<Long> getParentId() { return Optional.ofNullable(parentId); }
    public Optional<LocalDate> getValidFrom() { return Optional.ofNullable(validFrom); }
    public Optional<LocalDate> getValidTo() { return Optional.ofNullable(validTo); }
    public Optional<Long> getSuccessorId() { return Optional.ofNullable(successorId); }
    public long getVersion() { return version; }
    public Optional<Instant> getUpdatedAt() { return Optional.ofNullable(updatedAt); }
}
