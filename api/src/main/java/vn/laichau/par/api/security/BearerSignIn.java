package vn.laichau.par.api.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.time.Clock;
import java.util.Optional;
import vn.laichau.par.api.problem.BearerChallenge;
import vn.laichau.par.api.problem.Problem;

/**
 * Signs the caller in from the {@code Authorization: Bearer} access token of each API request, first among the
 * request filters. A request without one (no {@code Authorization} header, or another scheme, such as a proxy's
 * Basic credentials) goes on unauthenticated: public resources answer it, {@link RoleCheck} refuses it with 401.
 * One whose bearer token does not verify is answered 401 with the challenge {@code invalid_token}. A verified token
 * becomes the request's security context (its official the principal, its roles the caller's roles, which
 * {@link RoleCheck} checks) and the request attribute {@link #CALLER} (which {@link CurrentOfficial} reads).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class BearerSignIn implements ContainerRequestFilter {

    /** Verified tokens kept: more than a province's officials hold at once, each token lives fifteen minutes. */
    static final int KEPT_TOKENS = 10_000;
    /** The request attribute holding the caller's {@link AccessToken}, read by {@link CurrentOfficial}. */
    static final String CALLER = AccessToken.class.getName();
    private static final String BEARER = "Bearer ";

    private final AccessTokenVerifier verifier;

    /** For the container's client proxy only. */
    protected BearerSignIn() {
        this.verifier = null;
    }

    @Inject
    public BearerSignIn(Clock clock) {
        this(new AccessTokenVerifier(JwtKeys.current().getPublic(), JwtKeys.ISSUER, clock, KEPT_TOKENS));
    }

    BearerSignIn(AccessTokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return;
        }
        Optional<AccessToken> caller = verifier.verify(authorization.substring(BEARER.length()).strip());
        if (caller.isEmpty()) {
            request.abortWith(refused());
            return;
        }
        request.setProperty(CALLER, caller.get());
        request.setSecurityContext(new Caller(caller.get(), request.getSecurityContext().isSecure()));
    }

    /** The answer to a bearer token that does not verify: forged, malformed, expired or of another issuer. */
    static Response refused() {
        return Response.status(Response.Status.UNAUTHORIZED).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.INVALID_TOKEN)
                .entity(new Problem("/problems/unauthorized", "Unauthorized", 401,
                        "Mã truy cập không hợp lệ hoặc đã hết hạn; vui lòng đăng nhập lại — The access token is "
                                + "invalid or expired; please sign in again", null, null))
                .build();
    }

    /** The security context of a request signed in with a verified token. */
    record Caller(AccessToken token, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return token;
        }

        @Override
        public boolean isUserInRole(String role) {
            return token.roles().contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
