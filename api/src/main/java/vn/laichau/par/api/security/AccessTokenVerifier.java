package vn.laichau.par.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.laichau.par.api.config.JsonProvider;

/**
 * Checks the access tokens {@link AccessTokens} signs: an RS256 signature by the given key (no other algorithm),
 * our issuer, and an expiry after now. A token that passed is kept, by its exact text, until it expires, so that
 * the signature and the claims of a token are checked once and not on every request of its fifteen minutes; the
 * expiry is checked against the clock on every use. What is kept cannot outlive a revocation: whether the token's
 * official still stands is read on every request ({@link SessionRevocationFilter}). Only tokens that passed are
 * kept, at most {@code capacity} of them; when full, the expired ones are dropped, and if none had expired, all.
 */
public final class AccessTokenVerifier {

    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

    private final PublicKey key;
    private final String issuer;
    private final Clock clock;
    private final int capacity;
    private final Map<String, AccessToken> verified = new ConcurrentHashMap<>();

    public AccessTokenVerifier(PublicKey key, String issuer, Clock clock, int capacity) {
        this.key = key;
        this.issuer = issuer;
        this.clock = clock;
        this.capacity = capacity;
    }

    /** The caller the token names, or empty if the token is malformed, forged, of another issuer or expired. */
    public Optional<AccessToken> verify(String token) {
        Instant now = clock.instant();
        AccessToken known = verified.get(token);
        if (known != null) {
            if (now.isBefore(known.expiresAt())) {
                return Optional.of(known);
            }
            verified.remove(token);
            return Optional.empty();
        }
        Optional<AccessToken> checked = check(token).filter(caller -> now.isBefore(caller.expiresAt()));
        checked.ifPresent(caller -> keep(token, caller, now));
        return checked;
    }

    /** How many verified tokens are kept now. */
    int kept() {
        return verified.size();
    }

    private void keep(String token, AccessToken caller, Instant now) {
        if (verified.size() >= capacity) {
            verified.values().removeIf(other -> !now.isBefore(other.expiresAt()));
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(token, caller);
    }

    private Optional<AccessToken> check(String token) {
        int first = token.indexOf('.');
        int last = token.lastIndexOf('.');
        if (first <= 0 || last == first || last == token.length() - 1 || token.indexOf('.', first + 1) != last) {
            return Optional.empty();
        }
        try {
            JsonNode header = JsonProvider.MAPPER.readTree(BASE64URL.decode(token.substring(0, first)));
            if (!"RS256".equals(header.path("alg").textValue())) {
                return Optional.empty();
            }
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update(token.substring(0, last).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(BASE64URL.decode(token.substring(last + 1)))) {
                return Optional.empty();
            }
            JsonNode claims = JsonProvider.MAPPER.readTree(BASE64URL.decode(token.substring(first + 1, last)));
            return caller(claims);
        } catch (IllegalArgumentException | IOException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private Optional<AccessToken> caller(JsonNode claims) {
        JsonNode subject = claims.path(AccessTokens.SUBJECT);
        JsonNode username = claims.path(AccessTokens.USERNAME);
        JsonNode groups = claims.path(AccessTokens.ROLES);
        JsonNode agency = claims.path(AccessTokens.AGENCY);
        JsonNode generation = claims.path(AccessTokens.GENERATION);
        JsonNode expiry = claims.path(AccessTokens.EXPIRY);
        if (!issuer.equals(claims.path(AccessTokens.ISSUER_CLAIM).textValue()) || !subject.isTextual() || !username.isTextual()
                || !groups.isArray() || !agency.canConvertToExactIntegral() || !generation.canConvertToExactIntegral()
                || !expiry.canConvertToExactIntegral()) {
            return Optional.empty();
        }
        Set<String> roles = new HashSet<>();
        for (JsonNode group : groups) {
            if (!group.isTextual()) {
                return Optional.empty();
            }
            roles.add(group.textValue());
        }
        try {
            return Optional.of(new AccessToken(Long.parseLong(subject.textValue()), username.textValue(), roles,
                    agency.longValue(), generation.longValue(), Instant.ofEpochSecond(expiry.longValue())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
