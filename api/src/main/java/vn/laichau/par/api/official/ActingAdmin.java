package vn.laichau.par.api.official;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.api.security.CurrentOfficial;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.persistence.official.OfficialRepository;

/** The administrator who sent the request, as the audit trail names them. */
@RequestScoped
public class ActingAdmin {

    @Inject
    CurrentOfficial caller;

    @Inject
    OfficialRepository officials;

    /** The caller as an actor of the API channel; an account deactivated meanwhile may not write. */
    public Actor actor() {
        Official official = officials.findById(caller.id()).filter(Official::isActive)
                .orElseThrow(() -> new ProblemException(jakarta.ws.rs.core.Response.Status.FORBIDDEN,
                        "account-inactive", "Tài khoản không còn hoạt động", "The account is no longer active"));
        return Actor.official(official.id(), official.displayName(), Channel.API);
    }
}
