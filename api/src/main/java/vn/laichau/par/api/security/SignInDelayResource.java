package vn.laichau.par.api.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.application.account.ActingOfficials;
import vn.laichau.par.application.account.SignInDelays;
import vn.laichau.par.domain.model.audit.Channel;

/** The operator's way to lift sign-in delays before they run out (audited). */
@Path("admin/sign-in-delays")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Tag(name = "auth", description = "Đăng nhập — sign-in")
public class SignInDelayResource {

    private final SignInDelays delays;
    private final ActingOfficials actors;
    private final CurrentOfficial caller;

    /** For the container's client proxy only. */
    protected SignInDelayResource() {
        this(null, null, null);
    }

    @Inject
    public SignInDelayResource(SignInDelays delays, ActingOfficials actors, CurrentOfficial caller) {
        this.delays = delays;
        this.actors = actors;
        this.caller = caller;
    }

    @DELETE
    @Operation(summary = "Gỡ thời gian chờ đăng nhập (quản trị viên) — lift sign-in delays (admin): of an account from "
            + "every address (username), of an address for every account (address), or of one account from one "
            + "address (both)")
    @APIResponse(responseCode = "200", description = "How many counts were cleared: {\"released\": n}")
    @APIResponse(responseCode = "400", description = "Neither username nor address given")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Map<String, Integer> release(@QueryParam("username") String username,
                                        @QueryParam("address") String address) {
        return Map.of("released", delays.release(actors.active(caller.id(), Channel.API), given(username),
                given(address)));
    }

    private static Optional<String> given(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
