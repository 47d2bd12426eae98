package vn.laichau.par.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.persistence.official.OfficialRepository;

/** The signed-in official as the audit trail names the author of a change. */
@ApplicationScoped
public class ActingOfficials {

    private final OfficialRepository officials;

    /** For the container's client proxy only. */
    protected ActingOfficials() {
        this(null);
    }

    @Inject
    public ActingOfficials(OfficialRepository officials) {
        this.officials = officials;
    }

    /** The official as an actor of {@code channel}; an account deactivated meanwhile may not write. */
    @Transactional
    public Actor active(long officialId, Channel channel) {
        Official official = officials.findById(officialId).filter(Official::isActive)
                .orElseThrow(() -> Refusal.of(Refusal.Reason.FORBIDDEN, "account-inactive",
                        "Tài khoản không còn hoạt động", "The account is no longer active"));
        return Actor.official(official.id(), official.displayName(), channel);
    }

    /** The official as an actor of {@code channel}, by name when the account is known, else by id. */
    @Transactional
    public Actor named(long officialId, Channel channel) {
        String name = officials.findById(officialId).map(Official::displayName).orElse("official " + officialId);
        return Actor.official(officialId, name, channel);
    }
}
