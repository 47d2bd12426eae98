package vn.laichau.par.api.problem;

/** The {@code WWW-Authenticate} challenge a 401 answer carries (RFC 6750), wherever the 401 is made. */
public final class BearerChallenge {

    /** No access token came with the request. */
    public static final String MISSING = "Bearer";
    /** The access token that came is refused: forged, malformed, expired, of another issuer, or revoked. */
    public static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

    private BearerChallenge() {
    }
}
