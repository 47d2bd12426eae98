package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

/**
 * Accounts administered over HTTP: an administrator changes name, agency, roles, e-mail and phone, deactivates
 * an account (no login, no refresh, sessions revoked) and reactivates it; others get 403; bad input is a problem.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficialAdminIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdministratorChangesAnAccountWithTheCurrentETagAndOnlyAdministratorsSeeItsContacts() {
        Api api = new Api(base);
        String admin = api.adminToken();
        long[] agencies = twoAgencies(api);
        HttpJson.Answer created = create(api, admin, "official", agencies[0]);
        long id = created.json().path("id").asLong();
        String change = change("Trần Thị Bích", agencies[1], List.of("official", "leader"), "ttb@laichau.gov.vn",
                "0213 3876 543");

        assertThat(AgencyAdminIT.put(api, "/api/v1/officials/" + id, admin, null, change).status()).isEqualTo(428);
        assertThat(AgencyAdminIT.put(api, "/api/v1/officials/" + id, admin, "\"999\"", change).status()).isEqualTo(412);
        HttpJson.Answer changed = AgencyAdminIT.put(api, "/api/v1/officials/" + id, admin, Api.etag(created), change);

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode shown = changed.json();
        assertThat(shown.path("displayName").asText()).isEqualTo("Trần Thị Bích");
        assertThat(shown.path("agencyId").asLong()).isEqualTo(agencies[1]);
        assertThat(shown.path("roles")).extracting(JsonNode::asText).containsExactly("leader", "official");
        assertThat(shown.path("email").asText()).isEqualTo("ttb@laichau.gov.vn");
        assertThat(shown.path("phone").asText()).isEqualTo("0213 3876 543");
        assertThat(Api.etag(changed)).isNotEqualTo(Api.etag(created));
        assertThat(AgencyAdminIT.put(api, "/api/v1/officials/" + id, admin, Api.etag(created), change).status())
                .isEqualTo(412);
        assertThat(api.get("/api/v1/officials/" + id, admin).json().path("email").asText())
                .isEqualTo("ttb@laichau.gov.vn");
        String leader = api.newOfficial("leader", agencies[0]);
        JsonNode seenByLeader = api.get("/api/v1/officials/" + id, leader).json();
        assertThat(seenByLeader.has("email")).isFalse();
        assertThat(seenByLeader.has("phone")).isFalse();
        assertThat(AdminApi.count("SELECT COUNT(*) FROM audit_entry WHERE entity = 'official' AND entity_id = " + id
                + " AND field IN ('displayName', 'agencyId', 'roles', 'email', 'phone') AND channel = 'API'"))
                .isEqualTo(5);
    }

    @Test
    void aDeactivatedOfficialCannotLogInNorRefreshUntilReactivated() {
        Api api = new Api(base);
        String admin = api.adminToken();
        long agency = twoAgencies(api)[0];
        HttpJson.Answer created = create(api, admin, "official", agency);
        long id = created.json().path("id").asLong();
        String username = created.json().path("username").asText();
        HttpJson.Answer login = api.login(username, Api.PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        String refresh = login.json().path("refreshToken").asText();

        assertThat(api.postIfMatch("/api/v1/officials/" + id + "/deactivation", admin, null, "").status())
                .isEqualTo(428);
        HttpJson.Answer deactivated = api.postIfMatch("/api/v1/officials/" + id + "/deactivation", admin,
                Api.etag(created), "");

        assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
        assertThat(deactivated.json().path("active").asBoolean()).isFalse();
        assertThat(api.login(username, Api.PASSWORD).status()).isEqualTo(401);
        HttpJson.Answer refreshed = api.post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + refresh + "\"}");
        assertThat(refreshed.status()).isEqualTo(401);
        assertThat(refreshed.contentType()).startsWith("application/problem+json");
        assertThat(AdminApi.count("SELECT COUNT(*) FROM refresh_token WHERE revoked_at IS NULL AND official_id = " + id))
                .isZero();
        assertThat(api.postIfMatch("/api/v1/officials/" + id + "/reactivation", admin, Api.etag(created), "")
                .status()).as("the ETag from before the deactivation is stale").isEqualTo(412);

        HttpJson.Answer reactivated = api.postIfMatch("/api/v1/officials/" + id + "/reactivation", admin,
                Api.etag(deactivated), "");

        assertThat(reactivated.status()).as(reactivated.body()).isEqualTo(200);
        assertThat(reactivated.json().path("active").asBoolean()).isTrue();
        assertThat(api.login(username, Api.PASSWORD).status()).isEqualTo(200);
        assertThat(AdminApi.count("SELECT COUNT(*) FROM audit_entry WHERE entity = 'official' AND field = 'active' "
                + "AND entity_id = " + id)).isEqualTo(2);
    }

    @Test
    void anAdministratorCannotDeactivateThemselvesNorDropTheirOwnAdminRole() {
        Api api = new Api(base);
        String admin = api.adminToken();
        JsonNode me = api.get("/api/v1/me", admin).json().path("official");
        long id = me.path("id").asLong();
        String etag = Api.etag(api.get("/api/v1/officials/" + id, admin));

        HttpJson.Answer self = api.postIfMatch("/api/v1/officials/" + id + "/deactivation", admin, etag, "");
        HttpJson.Answer demoted = AgencyAdminIT.put(api, "/api/v1/officials/" + id, admin, etag,
                change(me.path("displayName").asText(), me.path("agencyId").asLong(), List.of("leader"), null, null));

        assertThat(self.status()).as(self.body()).isEqualTo(409);
        assertThat(demoted.status()).as(demoted.body()).isEqualTo(409);
        assertThat(self.json().path("detail").asText()).contains("chính mình").contains("your own account");
        assertThat(api.get("/api/v1/officials/" + id, admin).json().path("active").asBoolean()).isTrue();
    }

    @Test
    void onlyAdministratorsChangeDeactivateOrReactivateAccounts() {
        Api api = new Api(base);
        String admin = api.adminToken();
        long agency = twoAgencies(api)[0];
        HttpJson.Answer target = create(api, admin, "official", agency);
        long id = target.json().path("id").asLong();
        String etag = Api.etag(target);
        String change = change("Người khác", agency, List.of("admin"), null, null);

        for (String token : new String[] {api.newOfficial("leader", agency), api.newOfficial("official", agency)}) {
            assertThat(AgencyAdminIT.put(api, "/api/v1/officials/" + id, token, etag, change).status()).isEqualTo(403);
            assertThat(api.postIfMatch("/api/v1/officials/" + id + "/deactivation", token, etag, "").status())
                    .isEqualTo(403);
            assertThat(api.postIfMatch("/api/v1/officials/" + id + "/reactivation", token, etag, "").status())
                    .isEqualTo(403);
        }
        assertThat(AgencyAdminIT.put(api, "/api/v1/officials/" + id, null, etag, change).status()).isEqualTo(401);
        assertThat(api.postIfMatch("/api/v1/officials/" + id + "/deactivation", null, etag, "").status()).isEqualTo(401);
        assertThat(Api.etag(api.get("/api/v1/officials/" + id, admin))).as("nothing changed").isEqualTo(etag);
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        Api api = new Api(base);
        String admin = api.adminToken();
        long agency = twoAgencies(api)[0];
        HttpJson.Answer target = create(api, admin, "official", agency);
        long id = target.json().path("id").asLong();
        String etag = Api.etag(target);
        String path = "/api/v1/officials/" + id;

        Map<String, HttpJson.Answer> invalid = new LinkedHashMap<>();
        invalid.put("e-mail", AgencyAdminIT.put(api, path, admin, etag,
                change("Cán bộ", agency, List.of("official"), "not-an-address", null)));
        invalid.put("phone", AgencyAdminIT.put(api, path, admin, etag,
                change("Cán bộ", agency, List.of("official"), null, "gọi tôi")));
        invalid.put("no roles", AgencyAdminIT.put(api, path, admin, etag, change("Cán bộ", agency, List.of(), null, null)));
        invalid.put("unknown role", AgencyAdminIT.put(api, path, admin, etag,
                change("Cán bộ", agency, List.of("boss"), null, null)));
        invalid.put("blank name", AgencyAdminIT.put(api, path, admin, etag,
                change(" ", agency, List.of("official"), null, null)));
        invalid.put("unknown field", AgencyAdminIT.put(api, path, admin, etag,
                "{\"displayName\":\"Cán bộ\",\"agencyId\":" + agency + ",\"roles\":[\"official\"],\"username\":\"x\"}"));
        invalid.put("no body", AgencyAdminIT.put(api, path, admin, etag, ""));
        invalid.forEach((what, answer) -> {
            assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
        });
        assertThat(invalid.get("e-mail").json().path("violations").get(0).path("message").asText())
                .as("a field's fault in Vietnamese, then English").startsWith("không phải địa chỉ thư điện tử hợp lệ — ");
        assertThat(invalid.get("phone").json().path("violations").get(0).path("message").asText())
                .contains("chữ số").contains(" — ").doesNotContain("[0-9]");
        assertThat(invalid.get("blank name").json().path("violations").get(0).path("message").asText())
                .isEqualTo("không được để trống — must not be blank");
        Map<String, HttpJson.Answer> hidden = new LinkedHashMap<>();
        hidden.put("zero-width non-joiner", AgencyAdminIT.put(api, path, admin, etag,
                change("Cán\u200Cbộ", agency, List.of("official", "leader"), null, null)));
        hidden.put("escape", AgencyAdminIT.put(api, path, admin, etag,
                change("\u001BCán bộ", agency, List.of("official"), null, null)));
        hidden.put("bell", AgencyAdminIT.put(api, path, admin, etag,
                change("Cán bộ\u0007", agency, List.of("official"), null, null)));
        hidden.put("C1 control", AgencyAdminIT.put(api, path, admin, etag,
                change("Cán\u0085bộ", agency, List.of("official"), null, null)));
        hidden.put("line break", AgencyAdminIT.put(api, path, admin, etag,
                change("Cán bộ\nmới", agency, List.of("official"), null, null)));
        hidden.put("a new account's name", api.post("/api/v1/officials", admin, "{\"username\":\"an-"
                + UUID.randomUUID().toString().substring(0, 8) + "\",\"displayName\":\"Nguyễn\u200DVăn\",\"agencyId\":"
                + agency + ",\"roles\":[\"official\"],\"password\":\"" + Api.PASSWORD + "\"}"));
        hidden.forEach((what, answer) -> {
            assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
            assertThat(answer.json().path("type").asText()).as(what).isEqualTo("/problems/invalid-characters");
            assertThat(answer.json().path("detail").asText()).as(what).startsWith("Họ tên ").contains(" — ")
                    .contains("displayName");
            JsonNode violation = answer.json().path("violations").get(0);
            assertThat(violation.path("field").asText()).as(what).isEqualTo("displayName");
            assertThat(violation.path("message").asText()).as(what).contains(" — ").contains("U+");
        });
        assertThat(hidden.get("zero-width non-joiner").json().path("violations").get(0).path("message").asText())
                .isEqualTo("chứa ký tự điều khiển hoặc ký tự vô hình (U+200C) — contains a control or invisible "
                        + "character (U+200C)");
        assertThat(hidden.get("line break").json().path("violations").get(0).path("message").asText())
                .isEqualTo("phải viết trên một dòng (U+000A) — must be one line (U+000A)");
        HttpJson.Answer unknownAgency = AgencyAdminIT.put(api, path, admin, etag,
                change("Cán bộ", 999_999_999L, List.of("official"), null, null));
        assertThat(unknownAgency.status()).as(unknownAgency.body()).isEqualTo(409);
        assertThat(AgencyAdminIT.put(api, "/api/v1/officials/999999999", admin, "\"0\"",
                change("Cán bộ", agency, List.of("official"), null, null)).status()).isEqualTo(404);
        assertThat(api.postIfMatch("/api/v1/officials/999999999/deactivation", admin, "\"0\"", "").status())
                .isEqualTo(404);
        assertThat(Api.etag(api.get(path, admin))).as("nothing changed").isEqualTo(etag);
    }

    @Test
    void anAccountInAnAgencyThatHasEndedIsRefusedNamingTheFieldTheLastDayAndTheSuccessor() {
        Api api = new Api(base);
        String admin = api.adminToken();
        JsonNode ended = null;
        for (JsonNode agency : api.get("/api/v1/agencies?active=false&limit=100", null).json().path("items")) {
            if (agency.path("successor").has("name") && agency.has("validTo")) {
                ended = agency;
                break;
            }
        }
        assertThat(ended).as("an ended agency with a successor in the shipped plan").isNotNull();
        String lastDay = LocalDate.parse(ended.path("validTo").asText())
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String username = "official-" + UUID.randomUUID().toString().substring(0, 8);

        HttpJson.Answer refused = api.post("/api/v1/officials", admin, "{\"username\":\"" + username
                + "\",\"displayName\":\"Nguyễn Văn Thử\",\"agencyId\":" + ended.path("id").asLong()
                + ",\"roles\":[\"official\"],\"password\":\"" + Api.PASSWORD + "\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asText()).isEqualTo("/problems/agency-ended");
        assertThat(refused.json().path("detail").asText()).contains(" — ")
                .contains("đã kết thúc ngày " + lastDay).contains("ended on " + lastDay);
        JsonNode violation = refused.json().path("violations").get(0);
        assertThat(violation.path("field").asText()).isEqualTo("agencyId");
        assertThat(violation.path("message").asText()).contains(ended.path("name").asText())
                .contains("đã kết thúc ngày " + lastDay)
                .contains("cơ quan kế thừa: " + ended.path("successor").path("name").asText())
                .contains(" — ");
        assertThat(AdminApi.count("SELECT COUNT(*) FROM official WHERE username = '" + username + "'")).isZero();
    }

    private static HttpJson.Answer create(Api api, String admin, String role, long agencyId) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpJson.Answer created = api.post("/api/v1/officials", admin, "{\"username\":\"" + username
                + "\",\"displayName\":\"Nguyễn Văn Thử\",\"agencyId\":" + agencyId + ",\"roles\":[\"" + role
                + "\"],\"password\":\"" + Api.PASSWORD + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    private static String change(String displayName, long agencyId, List<String> roles, String email, String phone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("displayName", displayName);
        body.put("agencyId", agencyId);
        body.put("roles", roles);
        if (email != null) {
            body.put("email", email);
        }
        if (phone != null) {
            body.put("phone", phone);
        }
        return AdminApi.json(body);
    }

    /** Two agencies that exist today. */
    private static long[] twoAgencies(Api api) {
        JsonNode items = api.get("/api/v1/agencies?active=true&limit=2", null).json().path("items");
        return new long[] {items.get(0).path("id").asLong(), items.get(1).path("id").asLong()};
    }
}
