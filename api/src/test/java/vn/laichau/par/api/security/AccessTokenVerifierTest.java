package vn.laichau.par.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
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

    private static String part(ObjectNode json) {
        return BASE64URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }
}
