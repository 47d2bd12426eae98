package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Indicators and PAR INDEX results over HTTP: admins record a year's actual value against its target and enter
 * or correct a year's PAR INDEX result, with If-Match/ETag, problem+json for bad input, and an audit entry;
 * leaders and officials read; nobody else writes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IndicatorAdminIT {

    private static final String PLAN = "SELECT id FROM plan WHERE number = '447/KH-UBND'";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void indicatorsAreListedWithTheirTargetsAndAYearForEveryPlanYear() {
        AdminApi admin = AdminApi.admin(base);
        long planId = AdminApi.count(PLAN);

        HttpJson.Answer page = admin.get("/api/v1/indicators?plan=" + planId + "&limit=200");

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        JsonNode items = page.json().path("items");
        assertThat(items).hasSize(36);
        assertThat(page.json().path("next").isNull()).isTrue();
        JsonNode ct19 = find(items, "CT19");
        assertThat(ct19.path("unit").asText()).isEqualTo("%");
        assertThat(ct19.path("targets")).extracting(t -> t.path("year").asInt() + t.path("symbol").asText()
                + t.path("value").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactly("2017≥70", "2020≥100");
        assertThat(ct19.path("years")).extracting(y -> y.path("year").asInt()).containsExactly(2017, 2018, 2019, 2020);
        assertThat(ct19.path("years").get(1).has("target")).isFalse();
        assertThat(find(items, "CT17").path("years").get(0).path("target").path("comparison").asText())
                .isEqualTo("MORE_THAN");
        assertThat(admin.get("/api/v1/indicators?plan=" + planId + "&limit=200", AdminApi.etag(page)).status())
                .isEqualTo(304);
        HttpJson.Answer firstPage = admin.get("/api/v1/indicators?plan=" + planId + "&limit=10");
        assertThat(firstPage.json().path("items")).hasSize(10);
        assertThat(firstPage.json().path("next").asText()).isNotBlank();
        assertThat(admin.get("/api/v1/indicators?plan=abc").status()).isEqualTo(400);
    }

    @Test
    void anAdminRecordsAYearsValueThenCorrectsItWithTheETagAndEachChangeIsAudited() {
        AdminApi admin = AdminApi.admin(base);
        long id = indicator("CT17");
        String path = "/api/v1/indicators/" + id + "/values/2018";
        String body = "{\"value\":35.5,\"source\":\"Báo cáo 15/BC-UBND\",\"note\":\"Số liệu sơ bộ\"}";

        assertThat(admin.get(path).status()).isEqualTo(404);
        HttpJson.Answer withoutPrecondition = put(admin, path, body, null, null);
        HttpJson.Answer created = put(admin, path, body, null, "*");
        HttpJson.Answer createdAgain = put(admin, path, body, null, "*");

        assertThat(withoutPrecondition.status()).isEqualTo(428);
        assertThat(withoutPrecondition.contentType()).startsWith("application/problem+json");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("met").asBoolean()).isFalse();
        assertThat(created.json().path("shortfall").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(created.json().path("source").asText()).isEqualTo("Báo cáo 15/BC-UBND");
        assertThat(createdAgain.status()).isEqualTo(412);
        HttpJson.Answer read = admin.get(path);
        assertThat(read.status()).isEqualTo(200);
        assertThat(AdminApi.etag(read)).isEqualTo(AdminApi.etag(created));

        HttpJson.Answer corrected = put(admin, path, "{\"value\":41.25,\"source\":\"Báo cáo 20/BC-UBND\"}",
                AdminApi.etag(read), null);
        HttpJson.Answer stale = put(admin, path, "{\"value\":50}", AdminApi.etag(read), null);

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().path("met").asBoolean()).isTrue();
        assertThat(corrected.json().path("value").decimalValue()).isEqualByComparingTo("41.25");
        assertThat(corrected.json().has("note")).isFalse();
        assertThat(AdminApi.etag(corrected)).isNotEqualTo(AdminApi.etag(read));
        assertThat(stale.status()).isEqualTo(412);
        JsonNode year = find(admin.get("/api/v1/indicators/" + id).json().path("years"), 2018);
        assertThat(year.path("actual").path("value").decimalValue()).isEqualByComparingTo("41.25");
        assertThat(year.path("met").asBoolean()).isTrue();
        long valueId = AdminApi.count("SELECT id FROM indicator_value WHERE indicator_id = " + id + " AND value_year = 2018");
        assertThat(AdminApi.count("SELECT COUNT(*) FROM audit_entry WHERE entity = 'indicator_value' AND entity_id = "
                + valueId + " AND field = 'actual_value' AND channel = 'API' AND actor_official_id IS NOT NULL"))
                .isEqualTo(2);
        assertThat(AdminApi.count("SELECT COUNT(*) FROM audit_entry WHERE entity = 'indicator_value' AND entity_id = "
                + valueId + " AND field = 'source' AND new_value = 'Báo cáo 20/BC-UBND'")).isEqualTo(1);
        assertThat(AdminApi.count("SELECT actual_value * 100 FROM indicator_value WHERE id = " + valueId)).isEqualTo(4125);
    }

    @Test
    void badValuesGetProblemsNamingTheFieldAndChangeNothing() {
        AdminApi admin = AdminApi.admin(base);
        long id = indicator("CT22");
        String path = "/api/v1/indicators/" + id + "/values/2017";

        HttpJson.Answer tooMuch = put(admin, path, "{\"value\":140}", null, "*");
        HttpJson.Answer negative = put(admin, path, "{\"value\":-3}", null, "*");
        HttpJson.Answer decimals = put(admin, path, "{\"value\":80.125}", null, "*");
        HttpJson.Answer missing = put(admin, path, "{\"source\":\"Khảo sát\"}", null, "*");
        HttpJson.Answer wrongType = put(admin, path, "{\"value\":\"tám mươi\"}", null, "*");
        HttpJson.Answer unknownField = put(admin, path, "{\"value\":80,\"unit\":\"%\"}", null, "*");
        HttpJson.Answer longSource = put(admin, path, "{\"value\":80,\"source\":\"" + "x".repeat(501) + "\"}", null, "*");
        HttpJson.Answer outsidePlan = put(admin, "/api/v1/indicators/" + id + "/values/2030", "{\"value\":80}", null, "*");
        HttpJson.Answer unknown = put(admin, "/api/v1/indicators/999999999/values/2017", "{\"value\":80}", null, "*");

        for (HttpJson.Answer answer : List.of(tooMuch, negative, decimals, missing, wrongType, unknownField, longSource,
                outsidePlan)) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(violation(tooMuch)).isEqualTo("value");
        assertThat(tooMuch.json().path("violations").get(0).path("message").asText()).contains("0 đến 100")
                .contains("between 0 and 100");
        assertThat(violation(negative)).isEqualTo("value");
        assertThat(violation(decimals)).isEqualTo("value");
        assertThat(violation(missing)).isEqualTo("value");
        assertThat(violation(longSource)).isEqualTo("source");
        assertThat(violation(outsidePlan)).isEqualTo("year");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(AdminApi.count("SELECT COUNT(*) FROM indicator_value WHERE indicator_id = " + id)).isZero();
    }

    @Test
    void leadersAndOfficialsReadButOnlyAdminsWrite() throws Exception {
        AdminApi admin = AdminApi.admin(base);
        AdminApi leader = admin.newLeader();
        Api api = new Api(base);
        String official = api.newOfficial("official", AdminApi.count("SELECT id FROM agency WHERE code = 'SO_TU_PHAP'"));
        long id = indicator("CT18");
        String path = "/api/v1/indicators/" + id + "/values/2019";

        assertThat(put(leader, path, "{\"value\":31}", null, "*").status()).isEqualTo(403);
        assertThat(api.http.send(api.request(path, official).header("Content-Type", "application/json")
                .header("If-None-Match", "*").PUT(HttpRequest.BodyPublishers.ofString("{\"value\":31}"))).status())
                .isEqualTo(403);
        assertThat(put(AdminApi.anonymous(base), path, "{\"value\":31}", null, "*").status()).isEqualTo(401);
        assertThat(AdminApi.count("SELECT COUNT(*) FROM indicator_value WHERE indicator_id = " + id)).isZero();
        assertThat(leader.get("/api/v1/indicators/" + id).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/indicators/" + id, official).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/par-index-results", official).status()).isEqualTo(200);
        assertThat(AdminApi.anonymous(base).get("/api/v1/indicators").status()).isEqualTo(401);

        assertThat(leader.postJson("/api/v1/par-index-results", "{\"province\":\"Sơn La\",\"year\":2016,"
                + "\"score\":70,\"rank\":40,\"rankedOutOf\":63}").status()).isEqualTo(403);
        long laiChau2015 = AdminApi.count("SELECT id FROM par_index_result WHERE province = 'Lai Châu' AND result_year = 2015");
        HttpJson.Answer result = leader.get("/api/v1/par-index-results/" + laiChau2015);
        assertThat(result.status()).isEqualTo(200);
        assertThat(putResult(leader, laiChau2015, "{\"score\":99,\"rank\":1,\"rankedOutOf\":63}", AdminApi.etag(result))
                .status()).isEqualTo(403);
        assertThat(AdminApi.count("SELECT rank_position FROM par_index_result WHERE id = " + laiChau2015)).isEqualTo(58);
    }

    @Test
    void anAdminEntersAYearsParIndexResultAndCorrectsItWithTheETag() {
        AdminApi admin = AdminApi.admin(base);
        String province = "Điện Biên";

        HttpJson.Answer created = admin.postJson("/api/v1/par-index-results", "{\"province\":\"" + province
                + "\",\"year\":2016,\"score\":78.5,\"rank\":50,\"rankedOutOf\":63,\"source\":\"Quyết định công bố\"}");
        HttpJson.Answer duplicate = admin.postJson("/api/v1/par-index-results", "{\"province\":\"" + province
                + "\",\"year\":2016,\"score\":70,\"rank\":51,\"rankedOutOf\":63}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.response().headers().firstValue("Location")).get().asString()
                .endsWith("/api/v1/par-index-results/" + created.json().path("id").asLong());
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");
        long id = created.json().path("id").asLong();
        String etag = AdminApi.etag(created);

        HttpJson.Answer withoutIfMatch = putResult(admin, id, "{\"score\":79,\"rank\":49,\"rankedOutOf\":63}", null);
        HttpJson.Answer revised = putResult(admin, id, "{\"score\":79.25,\"rank\":47,\"rankedOutOf\":63,"
                + "\"source\":\"Quyết định công bố (đính chính)\"}", etag);
        HttpJson.Answer stale = putResult(admin, id, "{\"score\":80,\"rank\":45,\"rankedOutOf\":63}", etag);
        HttpJson.Answer province2 = putResult(admin, id, "{\"province\":\"Lào Cai\",\"score\":80,\"rank\":45,"
                + "\"rankedOutOf\":63}", AdminApi.etag(revised));

        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().path("rank").asInt()).isEqualTo(47);
        assertThat(AdminApi.etag(revised)).isNotEqualTo(etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(province2.status()).isEqualTo(400);
        JsonNode trend = admin.get("/api/v1/dashboards/par-index?province=" + java.net.URLEncoder.encode(province,
                StandardCharsets.UTF_8)).json();
        assertThat(trend.path("years")).singleElement().satisfies(y -> {
            assertThat(y.path("year").asInt()).isEqualTo(2016);
            assertThat(y.path("score").decimalValue()).isEqualByComparingTo("79.25");
            assertThat(y.path("rank").asInt()).isEqualTo(47);
        });
        assertThat(AdminApi.count("SELECT COUNT(*) FROM audit_entry WHERE entity = 'par_index_result' AND entity_id = "
                + id + " AND field = 'score'")).isEqualTo(2);
        assertThat(admin.get("/api/v1/par-index-results?province=" + java.net.URLEncoder.encode(province,
                StandardCharsets.UTF_8)).json().path("items")).hasSize(1);
    }

    @Test
    void theResultsPublishedAfterThePlanAreShippedAndAResultKeepsItsMaximumAndPointsPerArea() {
        AdminApi admin = AdminApi.admin(base);
        JsonNode laiChau = admin.get("/api/v1/dashboards/par-index").json().path("years");
        JsonNode y2016 = null;
        JsonNode y2022 = null;
        for (JsonNode y : laiChau) {
            if (y.path("year").asInt() == 2016) {
                y2016 = y;
            } else if (y.path("year").asInt() == 2022) {
                y2022 = y;
            }
        }
        assertThat(y2016).as(laiChau.toString()).isNotNull();
        assertThat(y2016.path("score").decimalValue()).isEqualByComparingTo("67.41");
        assertThat(y2016.path("maxScore").decimalValue()).isEqualByComparingTo("97.5");
        assertThat(y2016.hasNonNull("rank")).as("no rank known").isFalse();
        assertThat(y2022.path("score").decimalValue()).isEqualByComparingTo("86.29");
        assertThat(y2022.path("rank").asInt()).isEqualTo(24);
        assertThat(y2022.path("rankedOutOf").asInt()).isEqualTo(63);

        String province = "Yên Bái";
        HttpJson.Answer created = admin.postJson("/api/v1/par-index-results", "{\"province\":\"" + province
                + "\",\"year\":2023,\"score\":85.1,\"areas\":[{\"area\":2,\"name\":\"Xây dựng và tổ chức thực hiện "
                + "văn bản QPPL\",\"score\":9.25,\"maxScore\":10},{\"area\":1,\"name\":\"Công tác chỉ đạo, điều hành "
                + "CCHC\",\"score\":8,\"maxScore\":9}]}");
        HttpJson.Answer areaTooHigh = admin.postJson("/api/v1/par-index-results", "{\"province\":\"" + province
                + "\",\"year\":2024,\"score\":85,\"areas\":[{\"area\":1,\"name\":\"Thể chế\",\"score\":11,"
                + "\"maxScore\":10}]}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("maxScore").decimalValue()).isEqualByComparingTo("100");
        assertThat(created.json().hasNonNull("rank")).isFalse();
        JsonNode areas = admin.get("/api/v1/dashboards/par-index?province=" + java.net.URLEncoder.encode(province,
                StandardCharsets.UTF_8)).json().path("years").get(0).path("areas");
        assertThat(areas).hasSize(2);
        assertThat(areas.get(0).path("area").asInt()).isEqualTo(1);
        assertThat(areas.get(0).path("score").decimalValue()).isEqualByComparingTo("8");
        assertThat(areas.get(1).path("name").asText()).isEqualTo("Xây dựng và tổ chức thực hiện văn bản QPPL");
        assertThat(violations(areaTooHigh)).containsExactly("areas[0].score");
        assertThat(AdminApi.count("SELECT COUNT(*) FROM par_index_area_result r JOIN par_index_result p ON p.id = "
                + "r.result_id WHERE p.province = 'Yên Bái'")).isEqualTo(2);
    }

    @Test
    void impossibleParIndexResultsGetProblemsWithViolations() {
        AdminApi admin = AdminApi.admin(base);
        long before = AdminApi.count("SELECT COUNT(*) FROM par_index_result");

        HttpJson.Answer rankBeyond = admin.postJson("/api/v1/par-index-results",
                "{\"province\":\"Hà Giang\",\"year\":2017,\"score\":80,\"rank\":64,\"rankedOutOf\":63}");
        HttpJson.Answer score = admin.postJson("/api/v1/par-index-results",
                "{\"province\":\"Hà Giang\",\"year\":2017,\"score\":120,\"rank\":3,\"rankedOutOf\":63}");
        HttpJson.Answer early = admin.postJson("/api/v1/par-index-results",
                "{\"province\":\"Hà Giang\",\"year\":2005,\"score\":80,\"rank\":3,\"rankedOutOf\":63}");
        HttpJson.Answer future = admin.postJson("/api/v1/par-index-results",
                "{\"province\":\"Hà Giang\",\"year\":2190,\"score\":80,\"rank\":3,\"rankedOutOf\":63}");
        HttpJson.Answer empty = admin.postJson("/api/v1/par-index-results", "{}");
        HttpJson.Answer malformed = admin.postJson("/api/v1/par-index-results", "{\"year\": ");

        assertThat(violations(rankBeyond)).containsExactly("rank");
        assertThat(violations(score)).containsExactly("score");
        assertThat(violations(early)).containsExactly("year");
        assertThat(violations(future)).containsExactly("year");
        assertThat(violations(empty)).containsExactlyInAnyOrder("year", "score");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/par-index-results/999999999").status()).isEqualTo(404);
        assertThat(AdminApi.count("SELECT COUNT(*) FROM par_index_result")).isEqualTo(before);
    }

    private static List<String> violations(HttpJson.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        List<String> fields = new java.util.ArrayList<>();
        answer.json().path("violations").forEach(v -> fields.add(v.path("field").asText()));
        return fields;
    }

    private static String violation(HttpJson.Answer answer) {
        return answer.json().path("violations").get(0).path("field").asText();
    }

    private static long indicator(String code) {
        return AdminApi.count("SELECT i.id FROM indicator i JOIN plan p ON p.id = i.plan_id "
                + "WHERE p.number = '447/KH-UBND' AND i.code = '" + code + "'");
    }

    private static JsonNode find(JsonNode items, String code) {
        for (JsonNode item : items) {
            if (item.path("code").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no " + code);
    }

    private static JsonNode find(JsonNode years, int year) {
        for (JsonNode item : years) {
            if (item.path("year").asInt() == year) {
                return item;
            }
        }
        throw new AssertionError("no " + year);
    }

    private static HttpJson.Answer put(AdminApi api, String path, String json, String ifMatch, String ifNoneMatch) {
        return api.putJson(path, json, ifMatch, ifNoneMatch);
    }

    private static HttpJson.Answer putResult(AdminApi api, long id, String json, String ifMatch) {
        return api.putJson("/api/v1/par-index-results/" + id, json, ifMatch, null);
    }
}
