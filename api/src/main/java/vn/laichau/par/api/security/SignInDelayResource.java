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
import vn.laichau.par.application.account.LoginGuard;

/** The operator's way to lift sign-in delays before they run out. */
@Path("admin/sign-in-delays")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Tag(name = "auth", description = "Đăng nhập — sign-in")
public class SignInDelayResource {

    private final LoginGuard guard;

    /** For the container's client proxy only. */
    protected SignInDelayResource() {
        this(null);
    }

    @Inject
    public SignInDelayResource(LoginGuard guard) {
        this.guard = guard;
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
        return Map.of("released", guard.release(given(username), given(address)));
    }

    private static Optional<String> given(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
