package vn.laichau.par.api.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.laichau.par.api.config.JsonProvider;
import vn.laichau.par.domain.model.official.Official;

/**
 * Signs short-lived RS256 access tokens in the MicroProfile JWT format: {@code sub} the official's id,
 * {@code upn} the user name, {@code groups} the roles in lower case, {@code agency} the agency's id, {@code gen}
 * the official's session generation (see {@link SessionRevocationFilter}).
 */
public final class AccessTokens {

    public static final Duration LIFETIME = Duration.ofMinutes(15);
    /** The claim with the official's session generation; a token of an earlier one is refused. */
    public static final String GENERATION = "gen";
    /** The names of the other claims, for {@link AccessTokenVerifier}. */
    static final String ISSUER_CLAIM = "iss";
    static final String SUBJECT = "sub";
    static final String USERNAME = "upn";
    static final String ROLES = "groups";
    static final String AGENCY = "agency";
    static final String EXPIRY = "exp";
    static final String ISSUED_AT = "iat";
    static final String NOT_BEFORE = "nbf";

    private final KeyPair keys;
    private final Clock clock;

    public AccessTokens(KeyPair keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    public String sign(Official official) {
        Instant now = clock.instant();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(ISSUER_CLAIM, JwtKeys.ISSUER);
        claims.put(SUBJECT, String.valueOf(official.id()));
        claims.put(USERNAME, official.username());
        claims.put(ROLES, roles(official));
        claims.put(AGENCY, official.agencyId());
        claims.put(GENERATION, official.sessionGeneration());
        claims.put(ISSUED_AT, now.getEpochSecond());
        claims.put(EXPIRY, now.plus(LIFETIME).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        try {
            String signingInput = part(header) + "." + part(claims);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
    }

    static List<String> roles(Official official) {
        return official.roles().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).sorted().toList();
    }

    private static String part(Map<String, Object> json) throws JsonProcessingException {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JsonProvider.MAPPER.writeValueAsBytes(json));
    }
}
