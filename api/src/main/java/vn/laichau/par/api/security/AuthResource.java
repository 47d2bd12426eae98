package vn.laichau.par.api.security;

import vn.laichau.par.application.account.SignInRefusals;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
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
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.application.account.OfficialAccounts;
import vn.laichau.par.application.account.RefreshTokens;

/** Login, token refresh and logout. */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@PermitAll
@Tag(name = "auth", description = "Đăng nhập — sign-in")
public class AuthResource {

    @Inject
    OfficialAccounts accounts;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    OfficialRepository officials;

    @Inject
    Instance<Clock> clocks;

    @Context
    HttpServletRequest http;

    private AccessTokens accessTokens;

    @PostConstruct
    void init() {
        accessTokens = new AccessTokens(JwtKeys.current(), clocks.isResolvable() ? clocks.get() : Clock.systemUTC());
    }

    @POST
    @Path("token")
    @Operation(summary = "Đăng nhập bằng tên đăng nhập và mật khẩu — log in with user name and password")
    @APIResponse(responseCode = "200", description = "Access token (15 minutes) and refresh token (30 days)")
    @APIResponse(responseCode = "400", description = "Malformed request")
    @APIResponse(responseCode = "401", description = "Wrong user name or password")
    @APIResponse(responseCode = "423", description = "Account locked after repeated failures")
    @APIResponse(responseCode = "429", description = "Too many failures from this address")
    public TokenResponse token(@Valid LoginRequest login) {
        Official official = accounts.authenticate(login.username(), login.password(), http.getRemoteAddr());
        return TokenResponse.bearer(accessTokens.sign(official), refreshTokens.issue(official.id()));
    }

    @POST
    @Path("refresh")
    @Operation(summary = "Đổi mã làm mới lấy mã truy cập mới — exchange a refresh token (it is used up; "
            + "reusing it revokes the session)")
    @APIResponse(responseCode = "200", description = "New access and refresh tokens")
    @APIResponse(responseCode = "401", description = "Invalid, expired, revoked or reused refresh token")
    public TokenResponse refresh(@Valid RefreshRequest request) {
        RefreshTokens.Rotation rotation = refreshTokens.rotate(request.refreshToken());
        Official official = officials.findById(rotation.officialId()).filter(Official::isActive).orElse(null);
        if (official == null) {
            refreshTokens.revoke(rotation.refreshToken());
            throw SignInRefusals.invalidRefreshToken();
        }
        return TokenResponse.bearer(accessTokens.sign(official), rotation.refreshToken());
    }

    @POST
    @Path("revoke")
    @Operation(summary = "Đăng xuất: thu hồi mã làm mới và cả phiên — log out: revoke the refresh token's session")
    @APIResponse(responseCode = "204", description = "Revoked (also when the token was unknown)")
    public void revoke(@Valid RefreshRequest request) {
        refreshTokens.revoke(request.refreshToken());
    }
}
