package vn.laichau.par.domain.model.agency;

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
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A group of agencies a plan names as one party, such as "Các sở, ban, ngành" or "UBND các huyện, thành
 * phố". Membership is by kind, so the group follows reorganisations: on a given day it is every agency of
 * its member kinds that exists on that day. A group without member kinds ("Các cơ quan, đơn vị có liên
 * quan") is named for information and expands to nobody.
 */
@Entity
@Table(name = "agency_group")
public class AgencyGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 64)
    private String code;

    @Column(name = "name", nullable = false, length = 255)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agency_group_member_kind", joinColumns = @JoinColumn(name = "group_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private Set<AgencyKind> memberKinds = EnumSet.noneOf(AgencyKind.class);

    @Version
    @Column(name = "version")
    private long version;

    protected AgencyGroup() {
    }

    public AgencyGroup(String code, String name, Collection<AgencyKind> memberKinds) {
        if (code == null || code.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("an agency group needs a code and a name");
        }
        this.code = code.strip();
        this.name = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        this.memberKinds = memberKinds.isEmpty() ? EnumSet.noneOf(AgencyKind.class) : EnumSet.copyOf(memberKinds);
    }

    /** The agencies among {@code candidates} that belong to this group on {@code day}, in the given order. */
    public List<Agency> membersOn(LocalDate day, Collection<Agency> candidates) {
        return candidates.stream()
                .filter(a -> memberKinds.contains(a.getKind()) && a.isValidOn(day))
                .toList();
    }

    /** The agencies among {@code candidates} of the group's member kinds that had ended before {@code day}. */
    public List<Agency> membersEndedBefore(LocalDate day, Collection<Agency> candidates) {
        return candidates.stream()
                .filter(a -> memberKinds.contains(a.getKind()) && a.getValidTo().map(end -> end.isBefore(day)).orElse(false))
                .toList();
    }

    /** Whether the group only names an open-ended set of bodies and holds nobody responsible. */
    public boolean isOpenEnded() {
        return memberKinds.isEmpty();
    }

    public boolean admits(AgencyKind kind) {
        return memberKinds.contains(kind);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Set<AgencyKind> getMemberKinds() {
        return memberKinds.isEmpty() ? Set.of() : Set.copyOf(memberKinds);
    }

    public long getVersion() {
        return version;
    }
}
