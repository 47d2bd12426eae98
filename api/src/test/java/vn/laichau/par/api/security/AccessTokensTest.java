package vn.laichau.par.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;

class AccessTokensTest {

    @TempDir
    Path dataDir;

    @Test
    void keyPairIsMadeOnceAndReadBackFromTheDataDirectory() throws Exception {
        KeyPair made = JwtKeys.loadOrCreate(dataDir);
        Path file = dataDir.resolve("keys/jwt-private.der");

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(JwtKeys.loadOrCreate(dataDir).getPublic()).isEqualTo(made.getPublic());
    }

    @Test
    void accessTokenIsAnRs256JwtWithTheOfficialsClaims() throws Exception {
        KeyPair keys = JwtKeys.loadOrCreate(dataDir);
        Instant now = Instant.parse("2026-11-25T03:00:00Z");
        Official official = new Official("Nguyenvana", "Nguyễn Văn A", 42, EnumSet.of(Role.OFFICIAL, Role.LEADER));

        String token = new AccessTokens(keys, Clock.fixed(now, ZoneOffset.UTC)).sign(official);

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        JsonNode header = json.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.path("alg").asText()).isEqualTo("RS256");
        assertThat(claims.path("iss").asText()).isEqualTo(JwtKeys.ISSUER);
        assertThat(claims.path("upn").asText()).isEqualTo("nguyenvana");
        assertThat(claims.path("groups").toString()).isEqualTo("[\"leader\",\"official\"]");
        assertThat(claims.path("agency").asLong()).isEqualTo(42);
        assertThat(claims.path(AccessTokens.GENERATION).isInt()).as("the session generation").isTrue();
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(900);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(keys.getPublic());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }
}
