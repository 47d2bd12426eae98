package vn.laichau.par.domain.model.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * An agency or a group of agencies named in a plan, by its code: "Sở Nội vụ" is {@code AGENCY SO_NOI_VU},
 * "Các sở, ban, ngành" is {@code GROUP SO_BAN_NGANH}.
 */
@Embeddable
public class ResponsibleParty {

    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind", nullable = false, length = 16)
    private PartyKind kind;

    @Column(name = "party_code", nullable = false, length = 64)
    private String code;

    protected ResponsibleParty() {
    }

    private ResponsibleParty(PartyKind kind, String code) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        this.code = code.strip();
    }

    public static ResponsibleParty agency(String code) {
        return new ResponsibleParty(PartyKind.AGENCY, code);
    }

    public static ResponsibleParty group(String code) {
        return new ResponsibleParty(PartyKind.GROUP, code);
    }

    public PartyKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public boolean isGroup() {
        return kind == PartyKind.GROUP;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResponsibleParty that && kind == that.kind && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, code);
    }

    @Override
    public String toString() {
        return code;
    }
}
