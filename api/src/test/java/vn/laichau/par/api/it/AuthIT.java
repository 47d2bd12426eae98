package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in over HTTP: tokens, refresh rotation and revocation, roles, accounts made by the admin. Sign-in delays are
 * in {@link SignInDelayIT}, refused and revoked tokens in {@link SessionRevocationIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void firstAdminFromConfigurationLogsInAndSeesTheirProfile() {
        Api api = new Api(base);
        HttpJson.Answer login = api.login(Api.ADMIN, Api.ADMIN_PASSWORD);

        assertThat(login.status()).as(login.body()).isEqualTo(200);
        JsonNode tokens = login.json();
        assertThat(tokens.path("tokenType").asText()).isEqualTo("Bearer");
        assertThat(tokens.path("expiresIn").asLong()).isEqualTo(900);
        assertThat(tokens.path("refreshToken").asText()).hasSizeGreaterThan(30);
        String[] jwt = tokens.path("accessToken").asText().split("\\.");
        assertThat(jwt).hasSize(3);
        assertThat(new String(Base64.getUrlDecoder().decode(jwt[0]))).contains("RS256");

        HttpJson.Answer me = api.get("/api/v1/me", tokens.path("accessToken").asText());
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().path("official").path("username").asText()).isEqualTo("admin");
        assertThat(me.json().path("official").path("roles").toString()).contains("admin");
        assertThat(me.json().path("agency").path("code").asText()).isEqualTo("SO_NOI_VU");
        assertThat(me.body()).doesNotContain("password");
    }

    @Test
    void withoutOrWithATamperedTokenNothingIsServed() {
        Api api = new Api(base);
        String token = api.adminToken();
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        for (String path : List.of("/api/v1/me", "/api/v1/occurrences")) {
            HttpJson.Answer anonymous = api.get(path, null);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.contentType()).as(path).startsWith("application/problem+json");
            assertThat(anonymous.response().headers().firstValue("WWW-Authenticate")).as(path).hasValue("Bearer");
        }
        HttpJson.Answer forged = api.get("/api/v1/me", tampered);
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        assertThat(forged.response().headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordIsAProblemThatDoesNotSayWhichPartWasWrong() {
        Api api = new Api(base);
        HttpJson.Answer wrongPassword = api.login(Api.ADMIN, "not-the-password");
        HttpJson.Answer unknownUser = api.login("nobody-" + UUID.randomUUID(), "not-the-password");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
        assertThat(wrongPassword.json().path("type").asText()).isEqualTo("/problems/invalid-credentials");
        assertThat(unknownUser.json().path("detail").asText()).isEqualTo(wrongPassword.json().path("detail").asText());
    }

    @Test
    void refreshTokenRotatesAndAReusedOneRevokesTheWholeSession() {
        Api api = new Api(base);
        JsonNode first = api.login(Api.ADMIN, Api.ADMIN_PASSWORD).json();
        String r1 = first.path("refreshToken").asText();

        HttpJson.Answer second = api.post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + r1 + "\"}");
        assertThat(second.status()).isEqualTo(200);
        String r2 = second.json().path("refreshToken").asText();
        assertThat(r2).isNotEqualTo(r1);
        assertThat(api.get("/api/v1/me", second.json().path("accessToken").asText()).status()).isEqualTo(200);

        HttpJson.Answer reuse = api.post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + r1 + "\"}");
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.json().path("type").asText()).isEqualTo("/problems/refresh-token-reused");

        HttpJson.Answer afterReuse = api.post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + r2 + "\"}");
        assertThat(afterReuse.status()).as("the family died with the reuse").isEqualTo(401);
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        Api api = new Api(base);
        String refresh = api.login(Api.ADMIN, Api.ADMIN_PASSWORD).json().path("refreshToken").asText();

        assertThat(api.post("/api/v1/auth/revoke", null, "{\"refreshToken\":\"" + refresh + "\"}").status())
                .isEqualTo(204);
        HttpJson.Answer refreshed = api.post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + refresh + "\"}");
        assertThat(refreshed.status()).isEqualTo(401);
        assertThat(refreshed.json().path("type").asText()).isEqualTo("/problems/invalid-refresh-token");
    }

    @Test
    void onlyAdminsCreateAccountsAndAccountsAreChecked() throws Exception {
        Api api = new Api(base);
        String admin = api.adminToken();
        long agency = agencyOfAdmin(api, admin);
        String official = api.newOfficial("official", agency);
        String leader = api.newOfficial("leader", agency);
        String body = "{\"username\":\"x" + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"displayName\":\"X\",\"agencyId\":" + agency + ",\"roles\":[\"official\"],\"password\":\""
                + Api.PASSWORD + "\"}";

        assertThat(api.post("/api/v1/officials", official, body).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/officials", leader, body).status()).isEqualTo(403);
        HttpJson.Answer shortPassword = api.post("/api/v1/officials", admin, body.replace(Api.PASSWORD, "short"));
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.json().path("violations").get(0).path("field").asText()).isEqualTo("password");
        HttpJson.Answer unknownAgency = api.post("/api/v1/officials", admin,
                body.replace("\"agencyId\":" + agency, "\"agencyId\":999999999"));
        assertThat(unknownAgency.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/officials?limit=2", leader).status()).isEqualTo(200);
    }

    @Test
    void malformedLoginBodiesAreProblemsNotStackTraces() {
        Api api = new Api(base);

        HttpJson.Answer malformed = api.post("/api/v1/auth/token", null, "{\"username\": \"admin\", ");
        HttpJson.Answer unknownField = api.post("/api/v1/auth/token", null,
                "{\"username\":\"admin\",\"password\":\"x\",\"otp\":\"1\"}");
        HttpJson.Answer wrongType = api.post("/api/v1/auth/token", null, "{\"username\":[1],\"password\":\"x\"}");
        HttpJson.Answer missing = api.post("/api/v1/auth/token", null, "{\"username\":\"admin\"}");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("type").asText()).isEqualTo("/problems/malformed-json");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().path("type").asText()).isEqualTo("/problems/unknown-field");
        assertThat(unknownField.json().path("violations").get(0).path("field").asText()).isEqualTo("otp");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().path("violations").get(0).path("field").asText()).isEqualTo("username");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("violations").get(0).path("field").asText()).isEqualTo("password");
        for (HttpJson.Answer answer : new HttpJson.Answer[] {malformed, unknownField, wrongType, missing}) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at com.").doesNotContain("at vn.");
            assertThat(answer.json().path("detail").asText()).contains(" — ");
        }
    }

    private static long agencyOfAdmin(Api api, String admin) {
        return api.get("/api/v1/me", admin).json().path("official").path("agencyId").asLong();
    }
}
