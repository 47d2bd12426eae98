package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * Agencies administered over HTTP: created, changed, ended with a successor and restored by administrators;
 * read by anyone with their validity and successor; refused with a problem for bad input; the next cycle gives
 * an ended agency's later periods to its successor. The agencies made here are of kind OTHER, which no group
 * admits, so that other tests' plans do not grow.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgencyAdminIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdministratorCreatesChangesEndsAndRestoresAnAgencyAndEveryoneReadsItsValidityAndSuccessor() {
        Api api = new Api(base);
        String admin = api.adminToken();
        HttpJson.Answer created = api.post("/api/v1/agencies", admin, agency(code("CQ"), "Ban Thử " + word(), "OTHER",
                Map.of("shortName", "Ban Thử", "validFrom", "2020-01-01")));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.response().headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/api/v1/agencies/" + id));
        assertThat(Api.etag(created)).isEqualTo("\"" + created.json().path("version").asLong() + "\"");
        assertThat(created.json().path("shortName").asText()).isEqualTo("Ban Thử");
        assertThat(created.json().path("activeToday").asBoolean()).isTrue();
        long successor = api.post("/api/v1/agencies", admin, agency(code("KT"), "Ban Kế thừa " + word(), "OTHER",
                Map.of())).json().path("id").asLong();

        HttpJson.Answer read = api.get("/api/v1/agencies/" + id, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(Api.etag(read)).isEqualTo(Api.etag(created));
        assertThat(api.http.send(api.request("/api/v1/agencies/" + id, null).header("If-None-Match", Api.etag(read))
                .GET()).status()).isEqualTo(304);

        String renamed = agencyChange("Ban Thử đổi tên " + word(), "OTHER", Map.of("validFrom", "2020-01-01"));
        assertThat(put(api, "/api/v1/agencies/" + id, admin, null, renamed).status()).isEqualTo(428);
        assertThat(put(api, "/api/v1/agencies/" + id, admin, "\"999\"", renamed).status()).isEqualTo(412);
        HttpJson.Answer changed = put(api, "/api/v1/agencies/" + id, admin, Api.etag(read), renamed);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("name").asText()).startsWith("Ban Thử đổi tên");
        assertThat(changed.json().has("shortName")).as("a PUT without shortName removes it").isFalse();
        assertThat(Api.etag(changed)).isNotEqualTo(Api.etag(read));
        assertThat(put(api, "/api/v1/agencies/" + id, admin, Api.etag(read), renamed).status())
                .as("the ETag read before the change is stale").isEqualTo(412);

        HttpJson.Answer ended = api.postIfMatch("/api/v1/agencies/" + id + "/deactivation", admin, Api.etag(changed),
                "{\"lastDay\":\"2025-06-30\",\"successorId\":" + successor + "}");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        JsonNode endedAgency = ended.json().path("agency");
        assertThat(endedAgency.path("validTo").asText()).isEqualTo("2025-06-30");
        assertThat(endedAgency.path("activeToday").asBoolean()).isFalse();
        assertThat(endedAgency.path("successor").path("id").asLong()).isEqualTo(successor);
        assertThat(endedAgency.path("successor").path("code").asText()).startsWith("KT_");
        assertThat(ended.json().path("openDueAfterLastDay").asLong()).isZero();
        assertThat(ended.json().path("explanation").asText()).contains("30/06/2025");
        JsonNode successorRead = api.get("/api/v1/agencies/" + successor, null).json();
        assertThat(successorRead.path("predecessors")).extracting(p -> p.path("id").asLong()).containsExactly(id);

        assertThat(ids(api, "/api/v1/agencies?kind=OTHER&validOn=2025-06-30&limit=200")).contains(id, successor);
        assertThat(ids(api, "/api/v1/agencies?kind=OTHER&validOn=2025-07-01&limit=200")).contains(successor)
                .doesNotContain(id);
        assertThat(ids(api, "/api/v1/agencies?kind=OTHER&active=false&limit=200")).contains(id)
                .doesNotContain(successor);
        assertThat(ids(api, "/api/v1/agencies?active=true&limit=200")).doesNotContain(id);

        HttpJson.Answer restored = api.postIfMatch("/api/v1/agencies/" + id + "/reactivation", admin,
                Api.etag(ended), "");
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(restored.json().has("validTo")).isFalse();
        assertThat(restored.json().has("successorId")).isFalse();
        assertThat(restored.json().path("activeToday").asBoolean()).isTrue();
        assertThat(AdminApi.count("SELECT COUNT(*) FROM audit_entry WHERE entity = 'agency' AND entity_id = " + id
                + " AND field IN ('code', 'name', 'validTo', 'successorId') AND channel = 'API'"
                + " AND actor_official_id IS NOT NULL")).isGreaterThanOrEqualTo(6);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        Api api = new Api(base);
        String admin = api.adminToken();
        HttpJson.Answer a = api.post("/api/v1/agencies", admin, agency(code("A"), "Ban A " + word(), "OTHER", Map.of()));
        HttpJson.Answer b = api.post("/api/v1/agencies", admin, agency(code("B"), "Ban B " + word(), "OTHER", Map.of()));
        long aId = a.json().path("id").asLong();
        long bId = b.json().path("id").asLong();
        String aName = a.json().path("name").asText();
        long agenciesBefore = AdminApi.count("SELECT COUNT(*) FROM agency");

        Map<String, HttpJson.Answer> answers = new java.util.LinkedHashMap<>();
        answers.put("unknown successor", put(api, "/api/v1/agencies/" + aId, admin, Api.etag(a),
                agencyChange(aName, "OTHER", Map.of("validTo", "2025-06-30", "successorId", 999_999_999))));
        answers.put("successor is itself", put(api, "/api/v1/agencies/" + aId, admin, Api.etag(a),
                agencyChange(aName, "OTHER", Map.of("validTo", "2025-06-30", "successorId", aId))));
        answers.put("successor without a last day", put(api, "/api/v1/agencies/" + aId, admin, Api.etag(a),
                agencyChange(aName, "OTHER", Map.of("successorId", bId))));
        answers.put("last day before first", put(api, "/api/v1/agencies/" + aId, admin, Api.etag(a),
                agencyChange(aName, "OTHER", Map.of("validFrom", "2026-01-01", "validTo", "2025-12-31"))));
        answers.put("unknown kind", api.post("/api/v1/agencies", admin, agency(code("K"), "Ban K " + word(), "PROVINCE",
                Map.of())));
        answers.put("bad code", api.post("/api/v1/agencies", admin, agency("ban thu", "Ban T " + word(), "OTHER",
                Map.of())));
        answers.put("missing name", api.post("/api/v1/agencies", admin, "{\"code\":\"" + code("N") + "\",\"kind\":\"OTHER\"}"));
        answers.put("unknown field", api.post("/api/v1/agencies", admin, "{\"code\":\"" + code("U") + "\",\"name\":\"Ban U "
                + word() + "\",\"kind\":\"OTHER\",\"colour\":\"red\"}"));
        answers.put("malformed JSON", api.post("/api/v1/agencies", admin, "{\"code\":"));
        answers.put("date out of range", api.post("/api/v1/agencies", admin, agency(code("D"), "Ban D " + word(), "OTHER",
                Map.of("validFrom", "1800-01-01"))));
        answers.put("bad filter", api.get("/api/v1/agencies?validOn=30/06/2025", null));
        answers.put("two filters", api.get("/api/v1/agencies?validOn=2025-06-30&active=true", null));

        answers.forEach((what, answer) -> {
            assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.contentType()).as(what).startsWith(PROBLEM);
            assertThat(answer.json().path("type").asText()).as(what).startsWith("/problems/");
            assertThat(answer.json().path("detail").asText()).as(what).contains(" — ");
        });
        assertThat(fields(answers.get("unknown successor"))).contains("successorId");
        assertThat(fields(answers.get("successor is itself"))).contains("successorId");
        assertThat(fields(answers.get("successor without a last day"))).contains("successorId");
        assertThat(fields(answers.get("last day before first"))).contains("validTo");
        assertThat(fields(answers.get("unknown kind"))).contains("kind");
        assertThat(fields(answers.get("bad code"))).contains("code");
        assertThat(fields(answers.get("missing name"))).contains("name");

        HttpJson.Answer aEnded = api.postIfMatch("/api/v1/agencies/" + aId + "/deactivation", admin, Api.etag(a),
                "{\"lastDay\":\"2025-06-30\",\"successorId\":" + bId + "}");
        assertThat(aEnded.status()).as(aEnded.body()).isEqualTo(200);
        HttpJson.Answer loop = api.postIfMatch("/api/v1/agencies/" + bId + "/deactivation", admin, Api.etag(b),
                "{\"lastDay\":\"2025-06-30\",\"successorId\":" + aId + "}");
        assertThat(loop.status()).as(loop.body()).isEqualTo(400);
        assertThat(fields(loop)).contains("successorId");
        assertThat(loop.json().path("violations").get(0).path("message").asText()).contains("quay vòng").contains("loop");

        HttpJson.Answer sameCode = api.post("/api/v1/agencies", admin, agency(a.json().path("code").asText(),
                "Ban khác " + word(), "OTHER", Map.of()));
        HttpJson.Answer groupCode = api.post("/api/v1/agencies", admin, agency("SO_BAN_NGANH", "Ban khác " + word(),
                "OTHER", Map.of()));
        HttpJson.Answer sameName = api.post("/api/v1/agencies", admin, agency(code("S"),
                b.json().path("name").asText().toUpperCase(), "OTHER", Map.of()));
        for (HttpJson.Answer conflict : List.of(sameCode, groupCode, sameName)) {
            assertThat(conflict.status()).as(conflict.body()).isEqualTo(409);
            assertThat(conflict.contentType()).startsWith(PROBLEM);
            assertThat(conflict.json().path("type").asText()).isEqualTo("/problems/agency-conflict");
        }
        HttpJson.Answer laterNamesake = api.post("/api/v1/agencies", admin, agency(code("S"), aName, "OTHER",
                Map.of("validFrom", "2025-07-01")));
        assertThat(laterNamesake.status()).as("a namesake after the ended one is fine: " + laterNamesake.body())
                .isEqualTo(201);
        assertThat(AdminApi.count("SELECT COUNT(*) FROM agency")).isEqualTo(agenciesBefore + 1);
        assertThat(api.get("/api/v1/agencies/999999999", null).status()).isEqualTo(404);
        assertThat(put(api, "/api/v1/agencies/999999999", admin, "\"0\"", agencyChange("Ban X", "OTHER", Map.of()))
                .status()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsWriteAndEveryoneReads() throws Exception {
        Api api = new Api(base);
        HttpJson.Answer target = api.post("/api/v1/agencies", api.adminToken(), agency(code("R"), "Ban R " + word(),
                "OTHER", Map.of()));
        long id = target.json().path("id").asLong();
        String etag = Api.etag(target);
        String leader = api.newOfficial("leader", id);
        String official = api.newOfficial("official", id);
        String body = agency(code("W"), "Ban W " + word(), "OTHER", Map.of());
        String change = agencyChange("Ban R đổi " + word(), "OTHER", Map.of());

        for (String token : new String[] {leader, official}) {
            assertThat(api.post("/api/v1/agencies", token, body).status()).isEqualTo(403);
            assertThat(put(api, "/api/v1/agencies/" + id, token, etag, change).status()).isEqualTo(403);
            assertThat(api.postIfMatch("/api/v1/agencies/" + id + "/deactivation", token, etag, "{}").status())
                    .isEqualTo(403);
            assertThat(api.postIfMatch("/api/v1/agencies/" + id + "/reactivation", token, etag, "").status())
                    .isEqualTo(403);
            assertThat(api.get("/api/v1/agencies/" + id, token).status()).isEqualTo(200);
        }
        assertThat(api.post("/api/v1/agencies", null, body).status()).isEqualTo(401);
        assertThat(put(api, "/api/v1/agencies/" + id, null, etag, change).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/agencies/" + id, null).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/agencies/" + id, null).json().path("version").asLong())
                .as("nothing was changed").isEqualTo(target.json().path("version").asLong());
    }

    @Test
    void anEndedAgencyKeepsItsOpenOccurrencesAndTheNextCycleGivesTheLaterPeriodsToItsSuccessor() {
        Api api = new Api(base);
        String admin = api.adminToken();
        String name = "Ban Thử nghiệm " + word();
        HttpJson.Answer lead = api.post("/api/v1/agencies", admin, agency(code("LEAD"), name, "OTHER", Map.of()));
        long leadId = lead.json().path("id").asLong();
        long successor = api.post("/api/v1/agencies", admin, agency(code("NEXT"), "Ban Kế thừa " + word(), "OTHER",
                Map.of("validFrom", "2030-07-01"))).json().path("id").asLong();
        AdminApi plans = AdminApi.admin(base);
        HttpJson.Answer draft = plans.upload("plan.tsv", "text/tab-separated-values", ("STT\tNHIỆM VỤ\tĐƠN VỊ CHỦ TRÌ"
                + "\tĐƠN VỊ PHỐI HỢP\tTHỜI GIAN HOÀN THÀNH\tTÀI LIỆU KIỂM CHỨNG\nI\tCÔNG TÁC CHỈ ĐẠO\t\t\t\t\n"
                + "1\tBáo cáo CCHC\t" + name + "\t\tTrước 20/12 hằng năm\tBáo cáo\n").getBytes(StandardCharsets.UTF_8));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        HttpJson.Answer accepted = plans.postJson("/api/v1/plan-imports/" + draft.json().path("id").asLong()
                + "/acceptance", AdminApi.json(Map.of("number", "IT-" + word() + "/KH-UBND", "title", "Kế hoạch thử",
                "issuer", "UBND tỉnh Lai Châu", "issuedOn", "2030-01-10", "firstYear", 2030, "lastYear", 2030)),
                AdminApi.etag(draft));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        long planId = accepted.json().path("planId").asLong();
        String owedBy = "SELECT COUNT(*) FROM occurrence o JOIN task t ON t.id = o.task_id WHERE t.plan_id = " + planId
                + " AND o.agency_id = ";
        assertThat(AdminApi.count(owedBy + leadId + " AND o.plan_year = 2030")).isEqualTo(1);

        HttpJson.Answer ended = api.postIfMatch("/api/v1/agencies/" + leadId + "/deactivation", admin, Api.etag(lead),
                "{\"lastDay\":\"2030-06-30\",\"successorId\":" + successor + "}");

        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().path("openDueAfterLastDay").asLong()).isEqualTo(1);
        assertThat(ended.json().path("openDueByLastDay").asLong()).isZero();
        assertThat(ended.json().path("openAfterLastDay").asText())
                .isEqualTo("/api/v1/occurrences?agency=" + leadId + "&status=OPEN&dueFrom=2030-07-01");
        assertThat(AdminApi.count(owedBy + leadId)).as("the occurrence stays with its agency").isEqualTo(1);

        HttpJson.Answer nextYear = plans.postJson("/api/v1/plans/" + planId + "/years", "{\"year\":2031}");
        assertThat(nextYear.status()).as(nextYear.body()).isEqualTo(200);
        assertThat(nextYear.json().path("occurrencesCreated").asInt()).isEqualTo(1);
        assertThat(AdminApi.count(owedBy + successor + " AND o.plan_year = 2031")).isEqualTo(1);
        assertThat(AdminApi.count(owedBy + leadId + " AND o.plan_year = 2031")).isZero();
    }

    @Test
    void openApiDescribesTheAdministrationOperations() {
        String document = new HttpJson(base).get("/openapi").body();

        assertThat(document).contains("/api/v1/agencies/{id}/deactivation", "/api/v1/agencies/{id}/reactivation",
                "/api/v1/officials/{id}/deactivation", "/api/v1/officials/{id}/reactivation", "multipart/form-data",
                "validOn", "successorId");
    }

    static HttpJson.Answer put(Api api, String path, String token, String ifMatch, String json) {
        HttpRequest.Builder request = api.request(path, token).header("Content-Type", "application/json")
                .method("PUT", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.http.send(request);
    }

    private static List<Long> ids(Api api, String path) {
        List<Long> ids = new ArrayList<>();
        String next = path;
        for (int pages = 0; next != null && pages < 50; pages++) {
            HttpJson.Answer page = api.get(next, null);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().path("items").forEach(i -> ids.add(i.path("id").asLong()));
            String cursor = page.json().path("next").isTextual() ? page.json().path("next").asText() : null;
            next = cursor == null ? null : path + "&cursor=" + cursor;
        }
        return ids;
    }

    private static List<String> fields(HttpJson.Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.json().path("violations").forEach(v -> fields.add(v.path("field").asText()));
        return fields;
    }

    private static String agency(String code, String name, String kind, Map<String, Object> more) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(more);
        body.put("code", code);
        body.put("name", name);
        body.put("kind", kind);
        return AdminApi.json(body);
    }

    private static String agencyChange(String name, String kind, Map<String, Object> more) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(more);
        body.put("name", name);
        body.put("kind", kind);
        return AdminApi.json(body);
    }

    private static String code(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** A random word of letters, so that names stay readable by the appendix importer. */
    static String word() {
        StringBuilder word = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }
}
