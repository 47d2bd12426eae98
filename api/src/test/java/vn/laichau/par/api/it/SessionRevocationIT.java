package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.laichau.par.api.security.JwtKeys;
import vn.laichau.par.testsupport.TestDatabase;

/**
 * Tokens that must not be honoured are refused with a problem and the bearer challenge {@code invalid_token}:
 * forged ones (expired, another issuer, another key, no signature, absurd times under our key) and genuine ones
 * whose rights were taken away since (deactivated, demoted, moved to another agency, password reset, agency ended)
 * — from the next request on.
 * Also: who sees user names, and what ending an agency does to its officials.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionRevocationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHALLENGE = "Bearer error=\"invalid_token\"";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void forgedExpiredOrForeignTokensAreRefusedWithTheInvalidTokenChallenge() throws Exception {
        Api api = new Api(base);
        ObjectNode claims = claimsOf(api.adminToken());
        PrivateKey ours = serverKeys().getPrivate();
        long now = Instant.now().getEpochSecond();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey foreign = generator.generateKeyPair().getPrivate();

        String remade = sign(header("RS256"), fresh(claims, now), ours);
        assertThat(api.get("/api/v1/me", remade).status()).as("a token made here the same way is honoured")
                .isEqualTo(200);

        Map<String, String> refused = new LinkedHashMap<>();
        ObjectNode expired = fresh(claims, now - 3600);
        expired.put("exp", now - 1800);
        refused.put("expired", sign(header("RS256"), expired, ours));
        ObjectNode otherIssuer = fresh(claims, now);
        otherIssuer.put("iss", "https://par.example.invalid");
        refused.put("wrong issuer", sign(header("RS256"), otherIssuer, ours));
        refused.put("wrong signature", sign(header("RS256"), fresh(claims, now), foreign));
        refused.put("alg none", part(header("none")) + "." + part(fresh(claims, now)) + ".");
        refused.put("alg none, our signature kept", part(header("none")) + "." + part(fresh(claims, now)) + "."
                + remade.split("\\.")[2]);
        BigInteger absurd = BigInteger.TEN.pow(30);
        ObjectNode farExpiry = fresh(claims, now);
        farExpiry.put("exp", absurd);
        refused.put("exp 10^30, our key", sign(header("RS256"), farExpiry, ours));
        ObjectNode fractionExpiry = fresh(claims, now);
        fractionExpiry.put("exp", 1e30);
        refused.put("exp 1e30, our key", sign(header("RS256"), fractionExpiry, ours));
        ObjectNode yearAhead = fresh(claims, now);
        yearAhead.put("exp", now + 366L * 24 * 3600);
        refused.put("exp a year ahead, our key", sign(header("RS256"), yearAhead, ours));
        ObjectNode farIssued = fresh(claims, now);
        farIssued.put("iat", absurd.negate());
        refused.put("iat -10^30, our key", sign(header("RS256"), farIssued, ours));
        ObjectNode textNotBefore = fresh(claims, now);
        textNotBefore.put("nbf", "now");
        refused.put("nbf a string, our key", sign(header("RS256"), textNotBefore, ours));
        for (Map.Entry<String, String> token : refused.entrySet()) {
            assertInvalidToken(api.get("/api/v1/me", token.getValue()), token.getKey());
        }
    }

    @Test
    void aDeactivatedOfficialLosesTheirRightsOnTheNextRequest() {
        Api api = new Api(base);
        String admin = api.adminToken();
        long agency = agencyOf(api, admin);
        String username = api.newAccount("official", agency);
        String token = api.token(username, Api.PASSWORD);
        long id = idOf(api, token);
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);

        HttpJson.Answer deactivated = api.postIfMatch("/api/v1/officials/" + id + "/deactivation", admin,
                Api.etag(api.get("/api/v1/officials/" + id, admin)), "");
        assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);

        HttpJson.Answer next = api.get("/api/v1/me", token);
        assertInvalidToken(next, "deactivated");
        assertThat(next.json().path("type").asText()).isEqualTo("/problems/token-revoked");
    }

    @Test
    void aDemotedOrMovedOfficialLosesTheOldRightsOnTheNextRequestButAnUnrelatedChangeKeepsTheSession()
            throws Exception {
        Api api = new Api(base);
        String admin = api.adminToken();
        long agency = agencyOf(api, admin);
        String username = api.newAccount("leader", agency);
        String leader = api.token(username, Api.PASSWORD);
        long id = idOf(api, leader);

        assertThat(change(api, admin, id, "Lãnh đạo đổi tên", agency, "leader").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", leader).status()).as("a new name takes no right away").isEqualTo(200);

        assertThat(change(api, admin, id, "Lãnh đạo đổi tên", agency, "official").status()).isEqualTo(200);
        assertInvalidToken(api.get("/api/v1/me", leader), "demoted");
        String official = api.token(username, Api.PASSWORD);
        assertThat(api.get("/api/v1/me", official).status()).isEqualTo(200);

        long other = newAgency(api, admin, "Ban Tiếp nhận");
        HttpJson.Answer move = change(api, admin, id, "Lãnh đạo đổi tên", other, "official");
        assertThat(move.status()).as(move.body()).isEqualTo(200);
        assertInvalidToken(api.get("/api/v1/me", official), "moved to another agency");
        JsonNode moved = api.get("/api/v1/me", api.token(username, Api.PASSWORD)).json();
        assertThat(moved.path("official").path("agencyId").asLong()).isEqualTo(other);
    }

    @Test
    void aPasswordResetEndsTheAccessAndRefreshTokensIssuedBeforeAndIsAudited() throws Exception {
        Api api = new Api(base);
        String admin = api.adminToken();
        String username = api.newAccount("official", agencyOf(api, admin));
        JsonNode before = api.login(username, Api.PASSWORD).json();
        String access = before.path("accessToken").asText();
        long id = idOf(api, access);

        HttpJson.Answer reset = api.postIfMatch("/api/v1/officials/" + id + "/password", admin,
                Api.etag(api.get("/api/v1/officials/" + id, admin)), "{\"password\":\"mat-khau-moi-sau-dat-lai\"}");
        assertThat(reset.status()).isEqualTo(204);

        assertInvalidToken(api.get("/api/v1/me", access), "issued before the password reset");
        HttpJson.Answer refreshed = api.post("/api/v1/auth/refresh", null, "{\"refreshToken\":\""
                + before.path("refreshToken").asText() + "\"}");
        assertThat(refreshed.status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", api.token(username, "mat-khau-moi-sau-dat-lai")).status()).isEqualTo(200);
        assertThat(auditedFields(id)).contains("account", "password");
        assertThat(auditRows("SELECT COUNT(*) FROM audit_entry WHERE entity = 'official' AND entity_id = " + id
                + " AND new_value LIKE '%mat-khau%'")).as("never the password itself").isZero();
    }

    @Test
    void onlyAdministratorsAndTheOfficialThemselfSeeUserNames() {
        Api api = new Api(base);
        String admin = api.adminToken();
        long agency = agencyOf(api, admin);
        String username = api.newAccount("official", agency);
        String official = api.token(username, Api.PASSWORD);
        String leader = api.newOfficial("leader", agency);
        long id = idOf(api, official);
        long adminId = idOf(api, admin);

        for (String reader : List.of(official, leader)) {
            long readerId = idOf(api, reader);
            JsonNode page = api.get("/api/v1/officials?agency=" + agency + "&limit=200", reader).json();
            assertThat(page.path("items").size()).isPositive();
            for (JsonNode item : page.path("items")) {
                if (item.path("id").asLong() != readerId) {
                    assertThat(item.has("username")).as("user name of " + item.path("id")).isFalse();
                }
            }
            assertThat(api.get("/api/v1/officials/" + adminId, reader).json().has("username")).isFalse();
        }
        assertThat(api.get("/api/v1/officials/" + id, official).json().path("username").asText()).isEqualTo(username);
        assertThat(api.get("/api/v1/officials/" + id, admin).json().path("username").asText()).isEqualTo(username);
        assertThat(api.get("/api/v1/officials?agency=" + agency + "&limit=200", admin).json().path("items"))
                .allSatisfy(item -> assertThat(item.path("username").asText()).isNotBlank());
    }

    @Test
    void endingAnAgencyAsksWhatBecomesOfItsOfficialsMovesOrDeactivatesThemAndAuditsIt() throws Exception {
        Api api = new Api(base);
        String admin = api.adminToken();
        long ending = newAgency(api, admin, "Ban Giải thể");
        long successor = newAgency(api, admin, "Ban Kế thừa");
        String movedName = api.newAccount("official", ending);
        String moved = api.token(movedName, Api.PASSWORD);
        long movedId = idOf(api, moved);

        HttpJson.Answer noChoice = end(api, admin, ending, "{\"successorId\":" + successor + "}");
        assertThat(noChoice.status()).as(noChoice.body()).isEqualTo(400);
        assertThat(noChoice.contentType()).startsWith("application/problem+json");
        assertThat(noChoice.json().path("violations").get(0).path("field").asText()).isEqualTo("officials");
        assertThat(noChoice.json().path("detail").asText()).contains(" — ");
        HttpJson.Answer moveWithoutSuccessor = end(api, admin, ending, "{\"officials\":\"MOVE_TO_SUCCESSOR\"}");
        assertThat(moveWithoutSuccessor.status()).isEqualTo(400);
        assertThat(end(api, admin, ending, "{\"officials\":\"SOMEWHERE\"}").status()).isEqualTo(400);

        HttpJson.Answer ended = end(api, admin, ending, "{\"successorId\":" + successor
                + ",\"officials\":\"MOVE_TO_SUCCESSOR\"}");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().path("officials").asText()).isEqualTo("MOVE_TO_SUCCESSOR");
        assertThat(ended.json().path("officialsConcerned").asInt()).isEqualTo(1);
        assertInvalidToken(api.get("/api/v1/me", moved), "agency ended, official moved");
        JsonNode now = api.get("/api/v1/me", api.token(movedName, Api.PASSWORD)).json();
        assertThat(now.path("official").path("agencyId").asLong()).isEqualTo(successor);
        assertThat(auditedFields(movedId)).contains("agencyId");

        long abolished = newAgency(api, admin, "Ban Bãi bỏ");
        String goneName = api.newAccount("official", abolished);
        String gone = api.token(goneName, Api.PASSWORD);
        long goneId = idOf(api, gone);
        HttpJson.Answer deactivated = end(api, admin, abolished, "{\"officials\":\"DEACTIVATE\"}");
        assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
        assertInvalidToken(api.get("/api/v1/me", gone), "agency ended, official deactivated");
        assertThat(api.login(goneName, Api.PASSWORD).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/officials/" + goneId, admin).json().path("active").asBoolean()).isFalse();
        assertThat(auditedFields(goneId)).contains("active");
    }

    static void assertInvalidToken(HttpJson.Answer answer, String what) {
        assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(401);
        assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
        assertThat(answer.response().headers().firstValue("WWW-Authenticate")).as(what).contains(CHALLENGE);
        assertThat(answer.json().path("status").asInt()).as(what).isEqualTo(401);
        assertThat(answer.body()).as(what).doesNotContain("Exception").doesNotContain("<html");
    }

    private static HttpJson.Answer change(Api api, String admin, long id, String name, long agency, String role) {
        return api.send("PUT", "/api/v1/officials/" + id, admin, Api.etag(api.get("/api/v1/officials/" + id, admin)),
                "{\"displayName\":\"" + name + "\",\"agencyId\":" + agency + ",\"roles\":[\"" + role + "\"]}");
    }

    private static HttpJson.Answer end(Api api, String admin, long agency, String json) {
        return api.postIfMatch("/api/v1/agencies/" + agency + "/deactivation", admin,
                Api.etag(api.get("/api/v1/agencies/" + agency, admin)), json);
    }

    private static long newAgency(Api api, String admin, String name) {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        HttpJson.Answer created = api.post("/api/v1/agencies", admin, "{\"code\":\"RV_" + suffix + "\",\"name\":\""
                + name + " " + suffix + "\",\"kind\":\"OTHER\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static long agencyOf(Api api, String token) {
        return api.get("/api/v1/me", token).json().path("official").path("agencyId").asLong();
    }

    private static long idOf(Api api, String token) {
        return api.get("/api/v1/me", token).json().path("official").path("id").asLong();
    }

    private static List<String> auditedFields(long officialId) throws Exception {
        List<String> fields = new ArrayList<>();
        try (Connection c = TestDatabase.connect();
             PreparedStatement select = c.prepareStatement("SELECT field FROM audit_entry WHERE entity = 'official' "
                     + "AND entity_id = ? AND actor_official_id IS NOT NULL ORDER BY id")) {
            select.setLong(1, officialId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    fields.add(rs.getString(1));
                }
            }
        }
        return fields;
    }

    private static long auditRows(String sql) throws Exception {
        try (Connection c = TestDatabase.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The keys the server under test signs with, from its data directory. */
    private static KeyPair serverKeys() {
        String dir = System.getProperty("par.test.data.dir");
        assertThat(dir).as("par.test.data.dir (set by the api module's Failsafe configuration)").isNotBlank();
        return JwtKeys.loadOrCreate(Path.of(dir));
    }

    private static ObjectNode claimsOf(String token) throws Exception {
        return (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static ObjectNode fresh(ObjectNode claims, long issuedAt) {
        ObjectNode copy = claims.deepCopy();
        copy.put("iat", issuedAt);
        copy.put("exp", issuedAt + 900);
        copy.put("jti", UUID.randomUUID().toString());
        return copy;
    }

    private static ObjectNode header(String alg) {
        ObjectNode header = JSON.createObjectNode();
        header.put("alg", alg);
        header.put("typ", "JWT");
        return header;
    }

    private static String sign(ObjectNode header, ObjectNode claims, PrivateKey key) throws Exception {
        String input = part(header) + "." + part(claims);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }

    private static String part(JsonNode json) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(json));
    }
}
