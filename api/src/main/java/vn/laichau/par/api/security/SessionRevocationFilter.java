package vn.laichau.par.api.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.laichau.par.api.problem.Problem;
import vn.laichau.par.application.account.SessionStanding;

/**
 * Revocation on the next request: after the container verified an access token's signature, issuer and expiry,
 * and before roles are checked, the token's official must still be active and the token must carry their current
 * session generation ({@link AccessTokens#GENERATION}); else the request is answered 401 with the bearer
 * challenge {@code invalid_token}. One primary-key read per authenticated request, no cache.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION + 500)
public class SessionRevocationFilter implements ContainerRequestFilter {

    private final SessionStanding standing;

    /** For the container's client proxy only. */
    protected SessionRevocationFilter() {
        this(null);
    }

    @Inject
    public SessionRevocationFilter(SessionStanding standing) {
        this.standing = standing;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (!(principal instanceof JsonWebToken token)) {
            return;
        }
        Long official = number(token.getSubject());
        Long generation = number(token.getClaim(AccessTokens.GENERATION));
        if (official == null || generation == null || !standing.stands(official, generation)) {
            request.abortWith(revoked());
        }
    }

    /** The answer to a token that no longer stands. */
    static Response revoked() {
        return Response.status(Response.Status.UNAUTHORIZED).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .entity(new Problem("/problems/token-revoked", "Unauthorized", 401,
                        "Phiên đăng nhập đã bị thu hồi (tài khoản bị vô hiệu hóa, đổi vai trò, đổi cơ quan hoặc đặt "
                                + "lại mật khẩu); vui lòng đăng nhập lại — The session was revoked (account "
                                + "deactivated, roles or agency changed, or password reset); please sign in again",
                        null, null))
                .build();
    }

    private static Long number(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof jakarta.json.JsonNumber number) {
            return number.longValue();
        }
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
