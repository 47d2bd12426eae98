package vn.laichau.par.api.security;

/** An access token (a JWT for the {@code Authorization: Bearer} header) and the refresh token that renews it. */
public record TokenResponse(String accessToken, String refreshToken, long expiresIn, String tokenType) {

    static TokenResponse bearer(String accessToken, String refreshToken) {
        return new TokenResponse(accessToken, refreshToken, AccessTokens.LIFETIME.toSeconds(), "Bearer");
    }
}
