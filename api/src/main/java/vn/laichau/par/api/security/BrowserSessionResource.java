package vn.laichau.par.api.security;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.application.account.SignIn;
import vn.laichau.par.application.account.SignInRefusals;
import vn.laichau.par.domain.Refusal;

/**
 * Sign-in for the web app: the same {@link SignIn} as {@link AuthResource}, but the refresh token travels in an
 * {@code HttpOnly; SameSite=Strict} cookie scoped to this path (and {@code Secure} over HTTPS), so that script
 * never reads it and a reload keeps the session. The access token is in the body only. Refreshing and signing out
 * need the header {@code X-Requested-With}, which a cross-site form cannot send.
 */
@Path("auth/session")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@PermitAll
@Tag(name = "auth", description = "Đăng nhập — sign-in")
public class BrowserSessionResource {

    /** The cookie that carries the refresh token. */
    public static final String COOKIE = "par_refresh";
    /** Where the browser sends the cookie: this resource only. */
    public static final String COOKIE_PATH = "/api/v1/auth/session";
    private static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

    private final SignIn signIn;
    private final AccessTokens accessTokens;
    private final ClientAddresses clients;

    @Context
    HttpServletRequest http;

    /** For the container's client proxy only. */
    protected BrowserSessionResource() {
        this.signIn = null;
        this.accessTokens = null;
        this.clients = null;
    }

    @Inject
    public BrowserSessionResource(SignIn signIn, ClientAddresses clients, Clock clock) {
        this.signIn = signIn;
        this.clients = clients;
        this.accessTokens = new AccessTokens(JwtKeys.current(), clock);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đăng nhập cho ứng dụng web: mã làm mới trong cookie HttpOnly — sign in for the web app: "
            + "the access token in the body, the refresh token in an HttpOnly, SameSite=Strict cookie "
            + "(par_refresh, path /api/v1/auth/session)")
    @APIResponse(responseCode = "200", description = "Access token (15 minutes); Set-Cookie par_refresh (30 days)")
    @APIResponse(responseCode = "400", description = "Malformed request")
    @APIResponse(responseCode = "401", description = "Wrong user name or password")
    @APIResponse(responseCode = "429", description = "Too many attempts: wait for Retry-After seconds")
    public Response signIn(@Valid LoginRequest login) {
        return withCookie(signIn.withPassword(login.username(), login.password(), clients.of(http)));
    }

    @POST
    @Path("refresh")
    @Operation(summary = "Làm mới phiên web từ cookie — a new access token for the session cookie; the cookie is "
            + "renewed (each refresh token works once)")
    @APIResponse(responseCode = "200", description = "A new access token; Set-Cookie with the next refresh token")
    @APIResponse(responseCode = "400", description = "The X-Requested-With header is missing")
    @APIResponse(responseCode = "401", description = "No cookie, or an invalid, expired, revoked or reused refresh "
            + "token")
    public Response refresh(@Parameter(description = "Any value; required") @HeaderParam("X-Requested-With")
                            String requestedWith, @CookieParam(COOKIE) String refreshToken) {
        requireRequestedWith(requestedWith);
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 128) {
            throw SignInRefusals.invalidRefreshToken();
        }
        return withCookie(signIn.refresh(refreshToken));
    }

    @DELETE
    @Operation(summary = "Đăng xuất khỏi ứng dụng web — sign out: the cookie's session is revoked and the cookie "
            + "cleared")
    @APIResponse(responseCode = "204", description = "Signed out (also when there was no session)")
    @APIResponse(responseCode = "400", description = "The X-Requested-With header is missing")
    public Response signOut(@Parameter(description = "Any value; required") @HeaderParam("X-Requested-With")
                            String requestedWith, @CookieParam(COOKIE) String refreshToken) {
        requireRequestedWith(requestedWith);
        if (refreshToken != null && !refreshToken.isBlank() && refreshToken.length() <= 128) {
            signIn.signOut(refreshToken);
        }
        return Response.noContent().header("Set-Cookie", cookie("", Duration.ZERO)).build();
    }

    private Response withCookie(SignIn.SignedIn signedIn) {
        TokenResponse body = TokenResponse.bearer(accessTokens.sign(signedIn.official()), null);
        return Response.ok(body).header("Set-Cookie", cookie(signedIn.refreshToken(), REFRESH_LIFETIME))
                .header("Cache-Control", "no-store").build();
    }

    /** The cookie header; written by hand because JAX-RS's cookie type has no SameSite before 3.1 everywhere. */
    String cookie(String value, Duration maxAge) {
        StringBuilder header = new StringBuilder(COOKIE).append('=').append(value)
                .append("; Path=").append(COOKIE_PATH)
                .append("; Max-Age=").append(maxAge.toSeconds())
                .append("; HttpOnly; SameSite=Strict");
        if (secure()) {
            header.append("; Secure");
        }
        return header.toString();
    }

    private boolean secure() {
        if (http == null) {
            return false;
        }
        return clients.overHttps(http);
    }

    private static void requireRequestedWith(String value) {
        if (value == null || value.isBlank()) {
            throw Refusal.invalidField("X-Requested-With", "bắt buộc", "required");
        }
    }
}
