package vn.laichau.par.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laichau.par.api.problem.Problem;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.testsupport.MutableClock;

class BearerSignInTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T03:00:00Z"));

    @Test
    void aVerifiedTokenSignsItsOfficialInWithTheirRoles() throws Exception {
        KeyPair keys = JwtKeys.loadOrCreate(dataDir);
        String token = new AccessTokens(keys, clock).sign(official());
        FilteredRequest request = new FilteredRequest().header("Authorization", "Bearer " + token);

        signIn(keys).filter(request.context());

        assertThat(request.answer).isNull();
        assertThat(request.security.getUserPrincipal()).isInstanceOfSatisfying(AccessToken.class,
                caller -> assertThat(caller.official()).isEqualTo(7));
        assertThat(request.security.getUserPrincipal().getName()).isEqualTo("nguyenvana");
        assertThat(request.security.isUserInRole("leader")).isTrue();
        assertThat(request.security.isUserInRole("admin")).isFalse();
        assertThat(request.security.getAuthenticationScheme()).isEqualTo("Bearer");
        assertThat(request.properties.get(BearerSignIn.CALLER)).isSameAs(request.security.getUserPrincipal());
    }

    @Test
    void aRequestWithoutABearerTokenGoesOnUnauthenticated() {
        for (FilteredRequest request : new FilteredRequest[] {new FilteredRequest(),
                new FilteredRequest().header("Authorization", "Basic YWRtaW46YWRtaW4=")}) {

            signIn(JwtKeys.loadOrCreate(dataDir)).filter(request.context());

            assertThat(request.answer).as(request.headers.toString()).isNull();
            assertThat(request.security.getUserPrincipal()).isNull();
            assertThat(request.properties).isEmpty();
        }
    }

    @Test
    void aBearerTokenThatDoesNotVerifyIsAnswered401WithTheInvalidTokenChallenge() throws Exception {
        KeyPair keys = JwtKeys.loadOrCreate(dataDir);
        String token = new AccessTokens(keys, clock).sign(official());
        for (String authorization : new String[] {"Bearer " + token + "x", "Bearer ", "bearer not.a.token"}) {
            FilteredRequest request = new FilteredRequest().header("Authorization", authorization);

            signIn(keys).filter(request.context());

            assertThat(request.answer).as(authorization).isNotNull();
            assertThat(request.answer.getStatus()).isEqualTo(401);
            assertThat(request.answer.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
            assertThat(request.answer.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
            assertThat(((Problem) request.answer.getEntity()).detail()).contains("đăng nhập lại", "sign in again");
            assertThat(request.security.getUserPrincipal()).isNull();
        }
    }

    @Test
    void aTokenSignedWithOurKeyWithAnAbsurdExpiryIsAnswered401LikeAnyOtherThatDoesNotVerify() throws Exception {
        KeyPair keys = JwtKeys.loadOrCreate(dataDir);
        String token = new AccessTokens(keys, clock).sign(official());
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        for (String exp : new String[] {"1000000000000000000000000000000", "1e30", "9223372036854775807"}) {
            String absurd = AccessTokenVerifierTest.signed(keys, claims.replaceFirst("\"exp\":[0-9]+",
                    "\"exp\":" + exp));
            FilteredRequest request = new FilteredRequest().header("Authorization", "Bearer " + absurd);

            signIn(keys).filter(request.context());

            assertThat(request.answer).as(exp).isNotNull();
            assertThat(request.answer.getStatus()).isEqualTo(401);
            assertThat(request.answer.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
            assertThat(request.answer.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
            assertThat(request.security.getUserPrincipal()).isNull();
        }
    }

    private BearerSignIn signIn(KeyPair keys) {
        return new BearerSignIn(new AccessTokenVerifier(keys.getPublic(), JwtKeys.ISSUER, clock, 10));
    }

    private static Official official() throws ReflectiveOperationException {
        Official official = new Official("nguyenvana", "Nguyễn Văn A", 42, EnumSet.of(Role.OFFICIAL, Role.LEADER));
        Field id = Official.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(official, 7L);
        return official;
    }
}
