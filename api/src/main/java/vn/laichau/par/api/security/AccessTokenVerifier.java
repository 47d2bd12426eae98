package vn.laichau.par.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.laichau.par.api.config.JsonProvider;

/**
 * Checks the access tokens {@link AccessTokens} signs: an RS256 signature by the given key (no other algorithm),
 * our issuer, an expiry after now and no further ahead than a token we sign lives (with a minute for clocks that
 * differ), and every claim read of the type we write: the times ({@code exp}, {@code iat}, and {@code nbf} when
 * present, which must not be after now) whole seconds a Java instant holds, the agency and the generation whole
 * numbers a {@code long} holds; a value of another type or size, however absurd, only makes the token refused. A token that passed is kept, by its exact text, until it expires, so that
 * the signature and the claims of a token are checked once and not on every request of its fifteen minutes; the
 * expiry is checked against the clock on every use. What is kept cannot outlive a revocation: whether the token's
 * official still stands is read on every request ({@link SessionRevocationFilter}). Only tokens that passed are
 * kept, at most {@code capacity} of them; when full, the expired ones are dropped, and if none had expired, all.
 */
public final class AccessTokenVerifier {

    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();
    /** The furthest ahead a token's expiry may lie: its lifetime, and a minute for another instance's clock. */
    static final Duration FURTHEST_EXPIRY = AccessTokens.LIFETIME.plus(Duration.ofMinutes(1));

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

    /**
     * The caller the token names, or empty if the token is malformed, forged, of another issuer, expired, not yet
     * valid or holds a claim of a type or size we never write.
     */
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
        Optional<AccessToken> checked = check(token, now).filter(caller -> now.isBefore(caller.expiresAt()));
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

    private Optional<AccessToken> check(String token, Instant now) {
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
            return caller(claims, now);
        } catch (IllegalArgumentException | IOException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private Optional<AccessToken> caller(JsonNode claims, Instant now) {
        JsonNode subject = claims.path(AccessTokens.SUBJECT);
        JsonNode username = claims.path(AccessTokens.USERNAME);
        JsonNode groups = claims.path(AccessTokens.ROLES);
        OptionalLong agency = wholeNumber(claims.path(AccessTokens.AGENCY));
        OptionalLong generation = wholeNumber(claims.path(AccessTokens.GENERATION));
        Optional<Instant> expiry = time(claims.path(AccessTokens.EXPIRY));
        Optional<Instant> issued = time(claims.path(AccessTokens.ISSUED_AT));
        JsonNode notBefore = claims.path(AccessTokens.NOT_BEFORE);
        if (!issuer.equals(claims.path(AccessTokens.ISSUER_CLAIM).textValue()) || !subject.isTextual() || !username.isTextual()
                || !groups.isArray() || agency.isEmpty() || generation.isEmpty() || expiry.isEmpty()
                || issued.isEmpty() || expiry.get().isAfter(now.plus(FURTHEST_EXPIRY))) {
            return Optional.empty();
        }
        if (!notBefore.isMissingNode() && time(notBefore).filter(nbf -> !nbf.isAfter(now)).isEmpty()) {
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
                    agency.getAsLong(), generation.getAsLong(), expiry.get()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A JSON integer a {@code long} holds; not a fraction, not an exponent form, not a string. */
    private static OptionalLong wholeNumber(JsonNode value) {
        return value.isIntegralNumber() && value.canConvertToLong() ? OptionalLong.of(value.longValue())
                : OptionalLong.empty();
    }

    /** A time as a JWT writes it, whole seconds since the epoch, within the instants Java can hold. */
    private static Optional<Instant> time(JsonNode value) {
        OptionalLong seconds = wholeNumber(value);
        if (seconds.isEmpty() || seconds.getAsLong() < Instant.MIN.getEpochSecond()
                || seconds.getAsLong() > Instant.MAX.getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(seconds.getAsLong()));
    }
}
