package vn.laichau.par.api.official;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.laichau.par.api.security.CurrentOfficial;
import vn.laichau.par.application.account.ActingOfficials;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;

/** The administrator who sent the request, as the audit trail names them. */
@RequestScoped
public class ActingAdmin {

    private final CurrentOfficial caller;
    private final ActingOfficials actors;

    /** For the container's client proxy only. */
    protected ActingAdmin() {
        this(null, null);
    }

    @Inject
    public ActingAdmin(CurrentOfficial caller, ActingOfficials actors) {
        this.caller = caller;
        this.actors = actors;
    }

    /** The caller as an actor of the API channel; an account deactivated meanwhile may not write. */
    public Actor actor() {
        return actors.active(caller.id(), Channel.API);
    }
}
