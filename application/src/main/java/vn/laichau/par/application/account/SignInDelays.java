package vn.laichau.par.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.official.OfficialRepository;

/**
 * An operator lifts sign-in delays before they run out: of an account from every address, of a client address for
 * every account, or of one account from one address. Written to the audit trail: on the account when one is
 * named and exists, else under {@link #AUDITED} with id 0.
 */
@ApplicationScoped
public class SignInDelays {

    /** The audit trail's name for delays lifted without a known account. */
    public static final String AUDITED = "sign_in_delay";

    private final LoginGuard guard;
    private final OfficialRepository officials;
    private final AuditTrail audit;

    /** For the container's client proxy only. */
    protected SignInDelays() {
        this(null, null, null);
    }

    @Inject
    public SignInDelays(LoginGuard guard, OfficialRepository officials, AuditTrail audit) {
        this.guard = guard;
        this.officials = officials;
        this.audit = audit;
    }

    /** Lifts the delays named; answers how many counts were cleared. */
    @Transactional
    public int release(Actor actor, Optional<String> username, Optional<String> address) {
        int released = guard.release(username, address);
        String what = "lifted " + released + (username.map(u -> " of " + u).orElse(""))
                + (address.map(a -> " from " + a).orElse(""));
        long officialId = username.flatMap(officials::findByUsername).map(o -> o.id()).orElse(0L);
        audit.record(actor, officialId == 0 ? AUDITED : OfficialAdministration.AUDITED, officialId, "signInDelays",
                null, what);
        return released;
    }
}
