package vn.laichau.par.api.security;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.application.account.SignIn;

/** Login, token refresh and logout: {@link SignIn} over HTTP, with the access token signed here. */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@PermitAll
@Tag(name = "auth", description = "Đăng nhập — sign-in")
public class AuthResource {

    private final SignIn signIn;
    private final AccessTokens accessTokens;
    private final ClientAddresses clients;

    @Context
    HttpServletRequest http;

    /** For the container's client proxy only. */
    protected AuthResource() {
        this.signIn = null;
        this.accessTokens = null;
        this.clients = null;
    }

    @Inject
    public AuthResource(SignIn signIn, ClientAddresses clients, Clock clock) {
        this.signIn = signIn;
        this.clients = clients;
        this.accessTokens = new AccessTokens(JwtKeys.current(), clock);
    }

    @POST
    @Path("token")
    @Operation(summary = "Đăng nhập bằng tên đăng nhập và mật khẩu — log in with user name and password")
    @APIResponse(responseCode = "200", description = "Access token (15 minutes) and refresh token (30 days)")
    @APIResponse(responseCode = "400", description = "Malformed request")
    @APIResponse(responseCode = "401", description = "Wrong user name or password")
    @APIResponse(responseCode = "429", description = "Too many attempts for this account from this address, or "
            + "from this address: wait for Retry-After seconds (the wait grows with each further attempt)")
    public TokenResponse token(@Valid LoginRequest login) {
        return bearer(signIn.withPassword(login.username(), login.password(), clients.of(http)));
    }

    @POST
    @Path("refresh")
    @Operation(summary = "Đổi mã làm mới lấy mã truy cập mới — exchange a refresh token (it is used up; "
            + "reusing it revokes the session)")
    @APIResponse(responseCode = "200", description = "New access and refresh tokens")
    @APIResponse(responseCode = "401", description = "Invalid, expired, revoked or reused refresh token")
    public TokenResponse refresh(@Valid RefreshRequest request) {
        return bearer(signIn.refresh(request.refreshToken()));
    }

    @POST
    @Path("revoke")
    @Operation(summary = "Đăng xuất: thu hồi mã làm mới và cả phiên — log out: revoke the refresh token's session")
    @APIResponse(responseCode = "204", description = "Revoked (also when the token was unknown)")
    public void revoke(@Valid RefreshRequest request) {
        signIn.signOut(request.refreshToken());
    }

    private TokenResponse bearer(SignIn.SignedIn signedIn) {
        return TokenResponse.bearer(accessTokens.sign(signedIn.official()), signedIn.refreshToken());
    }
}
