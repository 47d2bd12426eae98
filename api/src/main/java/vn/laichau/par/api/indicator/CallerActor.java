package vn.laichau.par.api.indicator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.laichau.par.api.security.CurrentOfficial;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.persistence.official.OfficialRepository;

/** The signed-in official as the author of a change on the audit trail. */
@RequestScoped
class CallerActor {

    @Inject
    CurrentOfficial caller;

    @Inject
    OfficialRepository officials;

    Actor actor() {
        long id = caller.id();
        String name = officials.findById(id).map(o -> o.displayName()).orElse("official " + id);
        return Actor.official(id, name, Channel.API);
    }
}
