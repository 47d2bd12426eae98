package vn.laichau.par.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;

/**
 * Signs the caller in from the {@code Authorization: Bearer} access token of each request. A request without one
 * goes on unauthenticated (public paths answer it; {@code @RolesAllowed} refuses it with 401); one with a token
 * that does not verify is answered 401 by the container ({@code ContainerErrorServlet} adds the challenge
 * {@code invalid_token}). The token's roles ({@code groups}) are the caller's roles.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    /** Verified tokens kept: more than a province's officials hold at once, each token lives fifteen minutes. */
    static final int KEPT_TOKENS = 10_000;
    private static final String BEARER = "Bearer ";

    private final AccessTokenVerifier verifier;

    /** For the container's client proxy only. */
    protected BearerTokenMechanism() {
        this.verifier = null;
    }

    @Inject
    public BearerTokenMechanism(Clock clock) {
        this.verifier = new AccessTokenVerifier(JwtKeys.current().getPublic(), JwtKeys.ISSUER, clock, KEPT_TOKENS);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return context.doNothing();
        }
        Optional<AccessToken> caller = verifier.verify(authorization.substring(BEARER.length()).strip());
        if (caller.isEmpty()) {
            return context.responseUnauthorized();
        }
        return context.notifyContainerAboutLogin(caller.get(), caller.get().roles());
    }
}
