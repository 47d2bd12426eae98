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
import vn.laichau.par.api.problem.BearerChallenge;
import vn.laichau.par.api.problem.Problem;
import vn.laichau.par.application.account.SessionStanding;

/**
 * Revocation on the next request: after {@link BearerSignIn} verified an access token's signature, issuer
 * and expiry, and before roles are checked, the token's official must still be active and the token must carry
 * their current session generation ({@link AccessTokens#GENERATION}); else the request is answered 401 with the bearer
 * challenge {@code invalid_token}. The read and how long its answer is kept: {@link SessionStanding}.
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
        if (request.getSecurityContext().getUserPrincipal() instanceof AccessToken token
                && !standing.stands(token.official(), token.generation())) {
            request.abortWith(revoked());
        }
    }

    /** The answer to a token that no longer stands. */
    static Response revoked() {
        return Response.status(Response.Status.UNAUTHORIZED).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.INVALID_TOKEN)
                .entity(new Problem("/problems/token-revoked", "Unauthorized", 401,
                        "Phiên đăng nhập đã bị thu hồi (tài khoản bị vô hiệu hóa, đổi vai trò, đổi cơ quan hoặc đặt "
                                + "lại mật khẩu); vui lòng đăng nhập lại — The session was revoked (account "
                                + "deactivated, roles or agency changed, or password reset); please sign in again",
                        null, null))
                .build();
    }
}
