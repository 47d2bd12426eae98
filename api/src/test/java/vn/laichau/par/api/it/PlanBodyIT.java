package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the shipped plan's body states beside its appendix, over HTTP: the yearly report to Sở Nội vụ of section III
 * as obligations of every department and district, the areas' lead and coordinating agencies with who carries
 * them today (after the 2025 mergers and the end of the district level), the targets stated outside section II,
 * and a target "cao hơn năm trước" judged against the previous year's recorded value.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanBodyIT {

    private static final String PLAN = "SELECT id FROM plan WHERE number = '447/KH-UBND'";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyDepartmentAndDistrictOwesTheYearlyReportAsAnOccurrenceWithEvidence() {
        AdminApi admin = AdminApi.admin(base);
        long taskId = AdminApi.count("SELECT t.id FROM task t JOIN plan p ON p.id = t.plan_id"
                + " WHERE p.number = '447/KH-UBND' AND t.code = 'TCTH.2'");

        HttpJson.Answer task = admin.get("/api/v1/tasks/" + taskId);
        assertThat(task.status()).as(task.body()).isEqualTo(200);
        assertThat(task.json().path("bodySection").asText()).isEqualTo("III");
        assertThat(task.json().path("deadlineKind").asText()).isEqualTo("YEARLY_DATE");
        assertThat(task.json().path("evidenceRequired").asBoolean()).isTrue();

        HttpJson.Answer page = admin.get("/api/v1/occurrences?year=2018&task=" + taskId + "&limit=100");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        JsonNode items = page.json().path("items");
        assertThat(items).hasSize(26).allSatisfy(o -> {
            assertThat(o.path("taskCode").asText()).isEqualTo("TCTH.2");
            assertThat(o.path("dueDate").asText()).isEqualTo("2018-12-25");
            assertThat(o.path("evidenceRequired").asBoolean()).isTrue();
        });
        long district = AdminApi.count("SELECT id FROM agency WHERE code = 'UBND_H_SIN_HO'");
        long justice = AdminApi.count("SELECT id FROM agency WHERE code = 'SO_TU_PHAP'");
        List<Long> agencies = new ArrayList<>();
        items.forEach(o -> agencies.add(o.path("agencyId").asLong()));
        assertThat(agencies).contains(district, justice).doesNotHaveDuplicates();

        AdminApi official = admin.newOfficial(district);
        HttpJson.Answer mine = official.get("/api/v1/occurrences?year=2019&mine=true&limit=200");
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        mine.json().path("items").forEach(o -> codes.add(o.path("taskCode").asText()));
        assertThat(codes).contains("TCTH.2");
    }

    @Test
    void areasShowTheirLeadAndCoordinatingAgenciesAndWhoCarriesThemToday() {
        AdminApi leader = AdminApi.admin(base).newLeader();
        HttpJson.Answer page = leader.get("/api/v1/plans/" + AdminApi.count(PLAN) + "/areas");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        JsonNode areas = page.json().path("items");
        assertThat(areas).hasSize(10);

        JsonNode direction = areas.get(0);
        assertThat(direction.path("responsibilitySection").asText()).isEqualTo("II.1.2");
        assertThat(direction.path("leadText").asText()).startsWith("Sở Nội vụ tham mưu cho UBND tỉnh");
        assertThat(direction.path("leads").get(0).path("code").asText()).isEqualTo("SO_NOI_VU");
        assertThat(direction.path("leads").get(0).path("name").asText()).isEqualTo("Sở Nội vụ");
        assertThat(direction.path("taskCount").asInt()).isEqualTo(10);
        assertThat(direction.path("appendixTaskCount").asInt()).isEqualTo(8);
        JsonNode districts = party(direction.path("coordinators"), "UBND_CAP_HUYEN");
        assertThat(districts.path("name").asText()).isEqualTo("UBND các huyện, thành phố");
        assertThat(districts.path("actingToday")).as("the district level ended on 30/6/2025").hasSize(38)
                .allSatisfy(a -> assertThat(a.path("name").asText()).startsWith("Ủy ban nhân dân"));

        JsonNode oneStop = areas.get(7);
        assertThat(oneStop.path("leads")).extracting(p -> p.path("code").asText())
                .containsExactly("SO_NOI_VU", "SO_KHDT", "SO_TU_PHAP", "SO_TTTT");
        assertThat(party(oneStop.path("leads"), "SO_KHDT").path("actingToday").get(0).path("code").asText())
                .isEqualTo("SO_TAI_CHINH");
        JsonNode units = party(areas.get(5).path("coordinators"), "DON_VI_SU_NGHIEP_TINH");
        assertThat(units.path("name").asText()).isEqualTo("Các đơn vị sự nghiệp công lập thuộc tỉnh");
        assertThat(units.path("actingToday")).isEmpty();
        assertThat(absent(areas.get(9).path("responsibilitySection"))).isTrue();
        assertThat(areas.get(9).path("leads")).isEmpty();
    }

    @Test
    void aTargetHigherThanTheYearBeforeIsJudgedAgainstThatYearsValue() {
        AdminApi admin = AdminApi.admin(base);
        long id = AdminApi.count("SELECT i.id FROM indicator i JOIN plan p ON p.id = i.plan_id"
                + " WHERE p.number = '447/KH-UBND' AND i.code = 'CT36'");
        HttpJson.Answer first = admin.putJson("/api/v1/indicators/" + id + "/values/2017",
                "{\"value\":80.5,\"source\":\"Bộ Nội vụ công bố PAR INDEX 2017\"}", null, "*");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(absent(first.json().path("met"))).as("no value of 2016 to compare with").isTrue();
        assertThat(first.json().path("target").path("comparison").asText()).isEqualTo("ABOVE_LAST_YEAR");
        assertThat(absent(first.json().path("target").path("value"))).isTrue();

        HttpJson.Answer lower = admin.putJson("/api/v1/indicators/" + id + "/values/2018",
                "{\"value\":79.25,\"source\":\"Bộ Nội vụ công bố PAR INDEX 2018\"}", null, "*");
        assertThat(lower.status()).as(lower.body()).isEqualTo(201);
        assertThat(lower.json().path("met").asBoolean()).isFalse();
        assertThat(lower.json().path("lastYearActual").decimalValue()).isEqualByComparingTo("80.5");
        assertThat(lower.json().path("shortfall").decimalValue()).isEqualByComparingTo("1.25");

        JsonNode shown = admin.get("/api/v1/indicators/" + id).json();
        assertThat(shown.path("description").asText()).contains("năm sau cao hơn năm trước");
        assertThat(shown.path("years").get(1).path("lastYearActual").decimalValue()).isEqualByComparingTo("80.5");
        assertThat(shown.path("years").get(1).path("met").asBoolean()).isFalse();
        assertThat(absent(shown.path("years").get(0).path("met"))).isTrue();

        JsonNode dashboard = admin.get("/api/v1/dashboards/plans/" + AdminApi.count(PLAN) + "/years/2018/indicators")
                .json();
        JsonNode behind = null;
        for (JsonNode item : dashboard.path("behind")) {
            if (item.path("code").asText().equals("CT36")) {
                behind = item;
            }
        }
        assertThat(behind).as(dashboard.toString()).isNotNull();
        assertThat(behind.path("target").decimalValue()).isEqualByComparingTo("80.5");
        assertThat(behind.path("symbol").asText()).isEqualTo("↑");
    }

    @Test
    void targetsOfTheAppendixAreIndicatorsAndATaskServesSeveral() {
        AdminApi admin = AdminApi.admin(base);
        JsonNode items = admin.get("/api/v1/indicators?plan=" + AdminApi.count(PLAN) + "&limit=200").json()
                .path("items");
        assertThat(items).hasSize(36);
        long taskId = AdminApi.count("SELECT t.id FROM task t JOIN plan p ON p.id = t.plan_id"
                + " WHERE p.number = '447/KH-UBND' AND t.code = 'VIII.2.1'");
        JsonNode task = admin.get("/api/v1/tasks/" + taskId).json();
        assertThat(task.path("indicatorCodes")).extracting(JsonNode::asText).containsExactly("CT33");
        long iso = AdminApi.count("SELECT t.id FROM task t JOIN plan p ON p.id = t.plan_id"
                + " WHERE p.number = '447/KH-UBND' AND t.code = 'VII.1.4'");
        assertThat(admin.get("/api/v1/tasks/" + iso).json().path("indicatorCodes")).extracting(JsonNode::asText)
                .containsExactly("CT14", "CT15", "CT16");
    }

    /** A field left out of the answer or written as null. */
    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    private static JsonNode party(JsonNode parties, String code) {
        for (JsonNode party : parties) {
            if (party.path("code").asText().equals(code)) {
                return party;
            }
        }
        throw new AssertionError("no party " + code + " in " + parties);
    }
}
