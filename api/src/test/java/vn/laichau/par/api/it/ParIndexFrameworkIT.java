package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The PAR INDEX criteria as versioned data over HTTP: the shipped example imported, a file with errors giving a
 * warning per bad row, tasks mapped to a component, and a plan year's points at risk checked against the
 * database by hand.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParIndexFrameworkIT {

    private static final Path EXAMPLE = Path.of("..", "docs", "par-index", "par-index-876-public-areas.tsv");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    private static String query(String code, String name, String firstYear, String fileName) {
        return "/api/v1/par-index/versions?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&firstYear=" + firstYear + "&fileName=" + fileName;
    }

    private JsonNode importExample(AdminApi admin, String code) throws Exception {
        HttpJson.Answer imported = admin.postFile(query(code, "Chỉ số CCHC cấp tỉnh (phần công bố)", "2016",
                "876.tsv"), "text/tab-separated-values", Files.readAllBytes(EXAMPLE));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        return imported.json();
    }

    @Test
    void theShippedExampleImportsWithOnlyThePublishedPoints() throws Exception {
        AdminApi admin = AdminApi.admin(base);
        JsonNode version = importExample(admin, "876-" + UUID.randomUUID().toString().substring(0, 6));

        assertThat(version.path("warnings").size()).isZero();
        assertThat(version.at("/version/components").asInt()).isEqualTo(5);
        assertThat(version.at("/version/totalPoints").decimalValue()).isEqualByComparingTo("55");
        List<String> components = new ArrayList<>();
        version.path("components").forEach(c -> components.add(c.path("code").asText() + " "
                + c.path("maxPoints").decimalValue().stripTrailingZeros().toPlainString() + " " + c.path("scoring").asText()));
        assertThat(components).containsExactly("3 13 EVIDENCE", "4 10.5 EVIDENCE", "5 15 EVIDENCE",
                "8.SIPAS 10 SURVEY", "8.TK 6.5 STATISTIC");
        assertThat(admin.get("/api/v1/par-index/versions").json().path("items").toString())
                .contains(version.at("/version/code").asText());
    }

    @Test
    void aFileWithErrorsGivesOneWarningPerBadRowAndBadRequestsAreRefused() throws Exception {
        AdminApi admin = AdminApi.admin(base);
        String code = "bad-" + UUID.randomUUID().toString().substring(0, 6);
        String file = "area_no,area_name,component_code,component_name,max_points,scoring\n"
                + "1,Chỉ đạo điều hành,1.1,Kế hoạch CCHC,2,EVIDENCE\n"
                + "1,Chỉ đạo điều hành,1.2,Báo cáo,,EVIDENCE\n"
                + "1,Chỉ đạo điều hành,1.1,Trùng mã,1,EVIDENCE\n"
                + "one,Chỉ đạo điều hành,1.3,Sai lĩnh vực,1,EVIDENCE\n"
                + "1,Chỉ đạo điều hành,1.4,Cách chấm lạ,1,đoán\n";
        HttpJson.Answer imported = admin.postFile(query(code, "Có lỗi", "2022", "x.csv"), "text/csv",
                file.getBytes(StandardCharsets.UTF_8));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().path("components").size()).isEqualTo(1);
        List<Integer> rows = new ArrayList<>();
        imported.json().path("warnings").forEach(w -> {
            rows.add(w.path("rowNumber").asInt());
            assertThat(w.path("messageVi").asText()).isNotBlank();
            assertThat(w.path("messageEn").asText()).isNotBlank();
        });
        assertThat(rows).containsExactly(3, 4, 5, 6);

        assertThat(admin.postFile(query(code, "Lần nữa", "2022", "x.csv"), "text/csv",
                file.getBytes(StandardCharsets.UTF_8)).status()).as("same code again").isEqualTo(409);
        HttpJson.Answer noHeader = admin.postFile(query(code + "-b", "Không tiêu đề", "2022", "x.csv"), "text/csv",
                "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noHeader.status()).isEqualTo(422);
        assertThat(noHeader.contentType()).startsWith("application/problem+json");
        HttpJson.Answer badYear = admin.postFile(query(code + "-c", "Năm sai", "1999", "x.csv"), "text/csv",
                file.getBytes(StandardCharsets.UTF_8));
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.body()).contains("firstYear");
        long agency = admin.get("/api/v1/agencies?limit=1").json().path("items").get(0).path("id").asLong();
        assertThat(admin.newOfficial(agency).postFile(query(code + "-d", "Cán bộ", "2022", "x.csv"), "text/csv",
                file.getBytes(StandardCharsets.UTF_8)).status()).as("officials do not import").isEqualTo(403);
    }

    @Test
    void pointsAtRiskFollowTheMappedTasksObligationsDoneWithEvidence() throws Exception {
        AdminApi admin = AdminApi.admin(base);
        JsonNode version = importExample(admin, "risk-" + UUID.randomUUID().toString().substring(0, 6));
        long versionId = version.at("/version/id").asLong();
        long procedures = version.path("components").get(0).path("id").asLong();
        long planId = AdminApi.count("SELECT MIN(id) FROM plan");
        // two tasks that owe something within the plan's period, and a year they do: other tests add tasks
        // without occurrences, and events and occurrences of other years, to the plan
        String withinPeriod = "FROM occurrence o JOIN task t ON t.id = o.task_id JOIN plan p ON p.id = t.plan_id "
                + "WHERE p.id = " + planId + " AND o.plan_year BETWEEN p.first_year AND p.last_year";
        List<Long> tasks = new ArrayList<>(List.of(AdminApi.count("SELECT MIN(o.task_id) " + withinPeriod),
                AdminApi.count("SELECT MAX(o.task_id) " + withinPeriod)));
        assertThat(tasks.get(0)).as("two tasks owing something within the plan's period").isPositive()
                .isLessThan(tasks.get(1));
        int year = (int) AdminApi.count("SELECT MIN(o.plan_year) " + withinPeriod
                + " AND o.task_id IN (" + tasks.get(0) + "," + tasks.get(1) + ")");
        HttpJson.Answer mapped = admin.putJson("/api/v1/par-index/components/" + procedures + "/tasks",
                "{\"taskIds\":" + AdminApi.json(tasks) + "}", null, null);
        assertThat(mapped.status()).as(mapped.body()).isEqualTo(200);
        assertThat(mapped.json().path("components").get(0).path("taskIds").toString())
                .isEqualTo(AdminApi.json(tasks.stream().sorted().toList()));

        HttpJson.Answer answer = admin.get("/api/v1/dashboards/plans/" + planId + "/years/" + year
                + "/points-at-risk?version=" + versionId);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode risk = answer.json();

        String ids = tasks.get(0) + "," + tasks.get(1);
        long obligations = AdminApi.count("SELECT COUNT(*) FROM occurrence WHERE plan_year = " + year
                + " AND task_id IN (" + ids + ")");
        long done = AdminApi.count("SELECT COUNT(*) FROM occurrence WHERE plan_year = " + year
                + " AND task_id IN (" + ids + ") AND finished_on IS NOT NULL AND evidence_count > 0");
        assertThat(obligations).isPositive();
        BigDecimal expected = new BigDecimal("13").multiply(BigDecimal.valueOf(obligations - done))
                .divide(BigDecimal.valueOf(obligations), 2, RoundingMode.HALF_UP);
        JsonNode proceduresRisk = null;
        for (JsonNode c : risk.path("evidence")) {
            if (c.path("id").asLong() == procedures) {
                proceduresRisk = c;
            }
        }
        assertThat(proceduresRisk).isNotNull();
        assertThat(proceduresRisk.path("obligations").asLong()).isEqualTo(obligations);
        assertThat(proceduresRisk.path("doneWithEvidence").asLong()).isEqualTo(done);
        assertThat(proceduresRisk.path("atRisk").decimalValue()).isEqualByComparingTo(expected);
        assertThat(proceduresRisk.path("tracked").asBoolean()).isTrue();
        // areas 4 and 5: no task mapped, all their points at risk
        BigDecimal total = expected.add(new BigDecimal("25.50"));
        assertThat(risk.path("maximum").decimalValue()).isEqualByComparingTo("38.50");
        assertThat(risk.path("atRisk").decimalValue()).isEqualByComparingTo(total);
        assertThat(risk.path("projected").decimalValue()).isEqualByComparingTo(new BigDecimal("38.50").subtract(total));
        assertThat(risk.path("notControlledMaximum").decimalValue()).isEqualByComparingTo("16.50");
        assertThat(risk.path("notControlled").size()).isEqualTo(2);
        BigDecimal agenciesTotal = BigDecimal.ZERO;
        for (JsonNode a : risk.path("agencies")) {
            assertThat(a.path("agencyName").asText()).isNotBlank();
            agenciesTotal = agenciesTotal.add(a.path("atRisk").decimalValue());
        }
        // each agency's share and the component's risk are rounded to the cent, half up, each by at most 0.005
        BigDecimal rounding = new BigDecimal("0.005").multiply(BigDecimal.valueOf(risk.path("agencies").size() + 1L));
        assertThat(agenciesTotal.subtract(expected).abs()).as("agency shares add up to the mapped component's risk")
                .isLessThanOrEqualTo(rounding);

        // an official of a holding agency other than Sở Nội vụ (whose officials see the whole province)
        long monitoring = AdminApi.count("SELECT COALESCE(MAX(id), 0) FROM agency WHERE code = 'SO_NOI_VU'");
        long holder = 0;
        for (JsonNode a : risk.path("agencies")) {
            if (holder == 0 && a.path("agencyId").asLong() != monitoring) {
                holder = a.path("agencyId").asLong();
            }
        }
        if (holder != 0) {
            JsonNode own = admin.newOfficial(holder).get("/api/v1/dashboards/plans/" + planId + "/years/" + year
                    + "/points-at-risk?version=" + versionId).json();
            assertThat(own.path("agencies").size()).isEqualTo(1);
            assertThat(own.at("/agencies/0/agencyId").asLong()).isEqualTo(holder);
        }
        assertThat(admin.get("/api/v1/dashboards/plans/" + planId + "/years/1990/points-at-risk").status())
                .isEqualTo(400);
        assertThat(admin.get("/api/v1/dashboards/plans/" + planId + "/years/" + year + "/points-at-risk?version=x")
                .status()).isEqualTo(400);
        assertThat(admin.putJson("/api/v1/par-index/components/" + procedures + "/tasks",
                "{\"taskIds\":[999999999]}", null, null).status()).isEqualTo(400);
    }
}
