package vn.laichau.par.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laichau.par.api.config.JsonProvider;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.testsupport.MutableClock;

class AccessTokenVerifierTest {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T03:00:00Z"));
    private final Official official = stored(new Official("nguyenvana", "Nguyễn Văn A", 42,
            EnumSet.of(Role.OFFICIAL, Role.LEADER)), 7);

    @Test
    void aTokenWeSignedNamesItsOfficialWithTheirRolesAgencyAndGeneration() {
        KeyPair keys = JwtKeys.loadOrCreate(dataDir);
        String token = new AccessTokens(keys, clock).sign(official);

        AccessToken caller = verifier(keys, 10).verify(token).orElseThrow();

        assertThat(caller.getName()).isEqualTo("nguyenvana");
        assertThat(caller.official()).isEqualTo(7);
        assertThat(caller.roles()).containsExactlyInAnyOrder("official", "leader");
        assertThat(caller.agency()).isEqualTo(42);
        assertThat(caller.generation()).isEqualTo(official.sessionGeneration());
        assertThat(caller.expiresAt()).isEqualTo(clock.instant().plus(AccessTokens.LIFETIME));
    }

    @Test
    void aKeptTokenIsRefusedOnceItHasExpired() {
        KeyPair keys = JwtKeys.loadOrCreate(dataDir);
        AccessTokenVerifier verifier = verifier(keys, 10);
        String token = new AccessTokens(keys, clock).sign(official);
        assertThat(verifier.verify(token)).isPresent();
        assertThat(verifier.kept()).isOne();

        clock.advance(AccessTokens.LIFETIME.minusSeconds(1));
        assertThat(verifier.verify(token)).as("one second before its expiry").isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(verifier.verify(token)).as("at its expiry").isEmpty();
        assertThat(verifier.kept()).isZero();
    }

    @Test
    void forgedMalformedForeignAndExpiredTokensAreRefusedAndNotKept() throws Exception {
        KeyPair keys = JwtKeys.loadOrCreate(dataDir);
        AccessTokenVerifier verifier = verifier(keys, 10);
        String genuine = new AccessTokens(keys, clock).sign(official);
        String[] parts = genuine.split("\\.");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String otherKey = new AccessTokens(generator.generateKeyPair(), clock).sign(official);
        ObjectNode claims = (ObjectNode) JsonProvider.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
        String admin = part(claims.deepCopy().set("groups", JsonProvider.MAPPER.valueToTree(List.of("admin"))));
        String otherIssuer = part(claims.deepCopy().put("iss", "https://example.org"));
        String none = part(JsonProvider.MAPPER.createObjectNode().put("alg", "none").put("typ", "JWT"));
        String hs256 = part(JsonProvider.MAPPER.createObjectNode().put("alg", "HS256").put("typ", "JWT"));

        List<String> refused = List.of(
                parts[0] + "." + admin + "." + parts[2],
                parts[0] + "." + otherIssuer + "." + parts[2],
                none + "." + parts[1] + ".",
                none + "." + parts[1] + "." + parts[2],
                hs256 + "." + parts[1] + "." + parts[2],
                otherKey,
                parts[0] + "." + parts[1],
                genuine + ".",
                genuine + "x",
                "",
                "...",
                "a.b.c",
                "not a token");
        for (String token : refused) {
            assertThat(verifier.verify(token)).as(token).isEmpty();
        }
        clock.advance(AccessTokens.LIFETIME);
        assertThat(verifier.verify(genuine)).as("expired before it was first seen").isEmpty();
        assertThat(verifier.kept()).isZero();
    }

    @Test
    void aTokenSignedWithOurKeyButWithClaimsOfAnotherTypeOrSizeIsRefusedNotAnError() throws Exception {
        KeyPair keys = JwtKeys.loadOrCreate(dataDir);
        AccessTokenVerifier verifier = verifier(keys, 10);
        ObjectNode claims = (ObjectNode) JsonProvider.MAPPER.readTree(Base64.getUrlDecoder()
                .decode(new AccessTokens(keys, clock).sign(official).split("\\.")[1]));
        long later = clock.instant().plus(AccessTokens.LIFETIME).getEpochSecond();
        assertThat(verifier.verify(signed(keys, claims.toString()))).as("the claims as signed").isPresent();
        String huge = "1000000000000000000000000000000";

        Map<String, String> refused = new LinkedHashMap<>();
        for (String claim : List.of("exp", "iat", "nbf")) {
            refused.put(claim + " 10^30", with(claims, claim, huge));
            refused.put(claim + " -10^30", with(claims, claim, "-" + huge));
            refused.put(claim + " 1e30", with(claims, claim, "1e30"));
            refused.put(claim + " beyond the instants Java holds", with(claims, claim, "9000000000000000000"));
            refused.put(claim + " Long.MAX_VALUE", with(claims, claim, String.valueOf(Long.MAX_VALUE)));
            refused.put(claim + " a fraction", with(claims, claim, later + ".5"));
            refused.put(claim + " a string", with(claims, claim, "\"" + later + "\""));
            refused.put(claim + " null", with(claims, claim, "null"));
            refused.put(claim + " an object", with(claims, claim, "{\"n\":1}"));
        }
        refused.put("no exp", claims.deepCopy().without("exp").toString());
        refused.put("no iat", claims.deepCopy().without("iat").toString());
        refused.put("nbf after now", with(claims, "nbf", String.valueOf(later)));
        refused.put("exp further ahead than a token lives", with(claims, "exp",
                String.valueOf(clock.instant().plus(AccessTokenVerifier.FURTHEST_EXPIRY).getEpochSecond() + 1)));
        refused.put("exp in the year 5000", with(claims, "exp", "95617584000"));
        refused.put("agency 10^30", with(claims, "agency", huge));
        refused.put("gen 10^30", with(claims, "gen", huge));
        refused.put("agency 1e3", with(claims, "agency", "1e3"));
        refused.put("claims not an object", "[1,2]");
        for (Map.Entry<String, String> odd : refused.entrySet()) {
            assertThat(verifier.verify(signed(keys, odd.getValue()))).as(odd.getKey()).isEmpty();
        }
        assertThat(verifier.kept()).isOne();
        assertThat(verifier.verify(signed(keys, with(claims, "nbf", String.valueOf(clock.instant().getEpochSecond())))))
                .as("nbf now").isPresent();
        assertThat(verifier.verify(signed(keys, with(claims, "exp",
                String.valueOf(clock.instant().plus(AccessTokenVerifier.FURTHEST_EXPIRY).getEpochSecond())))))
                .as("exp as far ahead as another instance's clock may put it").isPresent();
    }

    @Test
    void theKeptTokensNeverExceedTheCapacity() {
        KeyPair keys = JwtKeys.loadOrCreate(dataDir);
        AccessTokenVerifier verifier = verifier(keys, 3);
        AccessTokens tokens = new AccessTokens(keys, clock);

        for (int i = 0; i < 10; i++) {
            assertThat(verifier.verify(tokens.sign(official))).isPresent();
            assertThat(verifier.kept()).isLessThanOrEqualTo(3);
        }
    }

    private AccessTokenVerifier verifier(KeyPair keys, int capacity) {
        return new AccessTokenVerifier(keys.getPublic(), JwtKeys.ISSUER, clock, capacity);
    }

    /** The official as the database gives it back, with its id. */
    private static Official stored(Official official, long id) {
        try {
            Field field = Official.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(official, id);
            return official;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims with {@code claim} set to the raw JSON {@code value}, as JSON text. */
    private static String with(ObjectNode claims, String claim, String value) {
        ObjectNode copy = claims.deepCopy();
        copy.remove(claim);
        String rest = copy.toString();
        return "{\"" + claim + "\":" + value + (copy.isEmpty() ? "}" : "," + rest.substring(1));
    }

    /** A token of {@code claimsJson} signed as the server signs, with its key. */
    static String signed(KeyPair keys, String claimsJson) throws Exception {
        String input = part(JsonProvider.MAPPER.createObjectNode().put("alg", "RS256").put("typ", "JWT")) + "."
                + BASE64URL.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + BASE64URL.encodeToString(rsa.sign());
    }

    private static String part(ObjectNode json) {
        return BASE64URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }
}
