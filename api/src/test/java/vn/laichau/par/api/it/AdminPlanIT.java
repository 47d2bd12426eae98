package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monitoring agency's plan tools over HTTP: importing an appendix into a draft, correcting and accepting
 * or rejecting it, refusing broken files, and carrying a plan into its next cycle.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPlanIT {

    private static final Path SEED = Path.of("../domain/src/test/resources/seed/appendix-447.txt");
    private static final String HEADER =
            "STT\tNHIỆM VỤ\tĐƠN VỊ CHỦ TRÌ\tĐƠN VỊ PHỐI HỢP\tTHỜI GIAN HOÀN THÀNH\tTÀI LIỆU KIỂM CHỨNG\n";
    private static final String AREA = "I\tCÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC\t\t\t\t\n";
    private static final String DRAFT_ROWS =
            "SELECT (SELECT COUNT(*) FROM import_draft) + (SELECT COUNT(*) FROM import_draft_row)";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void theSeedAppendixImportedThroughTheApiGivesTheShippedPlansFiftyTasks() throws Exception {
        AdminApi admin = AdminApi.admin(base);
        HttpJson.Answer uploaded = admin.upload("appendix-447.txt", "text/plain; charset=utf-8", Files.readAllBytes(SEED));

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode draft = uploaded.json();
        assertThat(draft.path("taskCount").asInt()).isEqualTo(50);
        assertThat(draft.path("rows")).hasSize(50);
        assertThat(draft.path("warningCount").asInt()).isPositive();
        assertThat(uploaded.response().headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/api/v1/plan-imports/" + draft.path("id").asLong()));
        List<String> codes = new ArrayList<>();
        draft.path("rows").forEach(r -> codes.add(r.path("code").asText()));
        assertThat(codes).containsExactlyElementsOf(shippedTaskCodes());
        JsonNode unreadable = rowByCode(draft, "I.5");
        assertThat(unreadable.path("sourceRows")).hasSize(2);

        String number = "IT-" + UUID.randomUUID().toString().substring(0, 8) + "/KH-UBND";
        HttpJson.Answer accepted = admin.postJson("/api/v1/plan-imports/" + draft.path("id").asLong() + "/acceptance",
                planHeader(number, 2017, 2020), AdminApi.etag(uploaded));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        long planId = accepted.json().path("planId").asLong();
        assertThat(accepted.json().path("tasks").asInt()).isEqualTo(50);
        assertThat(accepted.json().path("occurrencesCreated").asInt()).isPositive();
        assertThat(AdminApi.count("SELECT COUNT(*) FROM task WHERE plan_id = " + planId)).isEqualTo(50);
        assertThat(AdminApi.count("SELECT COUNT(DISTINCT l.task_id) FROM task_lead_party l JOIN task t ON t.id = l.task_id"
                + " WHERE t.plan_id = " + planId)).as("every task keeps its lead agencies").isEqualTo(50);
        assertThat(AdminApi.count("SELECT COUNT(*) FROM occurrence o JOIN task t ON t.id = o.task_id WHERE t.plan_id = "
                + planId)).isEqualTo(accepted.json().path("occurrencesCreated").asLong());
        assertThat(admin.get("/api/v1/plan-imports/" + draft.path("id").asLong()).status()).isEqualTo(404);
    }

    @Test
    void aCorrectedDraftIsAcceptedOnlyWithTheCurrentVersionAndOnlyOnceItIsComplete() {
        AdminApi admin = AdminApi.admin(base);
        HttpJson.Answer uploaded = admin.upload("plan.tsv", "text/tab-separated-values", (HEADER + AREA
                + "1\tKế hoạch CCHC\tSở Ngoại vụ\tSở Nội vụ\tTheo hướng dẫn của Bộ Nội vụ\tKế hoạch\n"
                + "2\tBáo cáo CCHC\tSở Nội vụ\t\tTrước 20/12 hằng năm\tBáo cáo\n").getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long id = uploaded.json().path("id").asLong();
        JsonNode first = rowByCode(uploaded.json(), "I.1");
        assertThat(first.path("warnings")).extracting(w -> w.path("kind").asText())
                .contains("UNKNOWN_AGENCY", "UNREADABLE_DEADLINE");
        assertThat(first.path("deadline").path("needsManualDate").asBoolean()).isTrue();
        String rowPath = "/api/v1/plan-imports/" + id + "/rows/" + first.path("id").asLong();
        String plan = planHeader("IT-" + UUID.randomUUID().toString().substring(0, 8), 2026, 2027);
        long plansBefore = AdminApi.count("SELECT COUNT(*) FROM plan");

        HttpJson.Answer refused = admin.postJson("/api/v1/plan-imports/" + id + "/acceptance", plan,
                AdminApi.etag(uploaded));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("detail").asText()).contains("chưa nhận ra").contains("unknown agencies");
        assertThat(AdminApi.count("SELECT COUNT(*) FROM plan")).isEqualTo(plansBefore);

        String fix = "{\"leadText\":\"Sở Nội vụ\",\"manualDate\":\"2026-11-30\",\"manualReason\":\"Công văn 12/SNV\"}";
        assertThat(admin.patchJson(rowPath, fix, null).status()).isEqualTo(428);
        assertThat(admin.patchJson(rowPath, fix, "\"999\"").status()).isEqualTo(412);
        assertThat(admin.patchJson(rowPath, "{\"manualDate\":\"2026-11-30\"}", AdminApi.etag(uploaded)).status())
                .isEqualTo(400);
        HttpJson.Answer corrected = admin.patchJson(rowPath, fix, AdminApi.etag(uploaded));

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(AdminApi.etag(corrected)).isNotEqualTo(AdminApi.etag(uploaded));
        JsonNode fixed = rowByCode(corrected.json(), "I.1");
        assertThat(fixed.path("warnings")).isEmpty();
        assertThat(fixed.path("leads").get(0).path("code").asText()).isNotBlank();
        assertThat(fixed.path("manualDate").path("date").asText()).isEqualTo("2026-11-30");
        assertThat(admin.get("/api/v1/plan-imports/" + id, AdminApi.etag(corrected)).status()).isEqualTo(304);
        assertThat(admin.postJson("/api/v1/plan-imports/" + id + "/acceptance", plan, AdminApi.etag(uploaded))
                .status()).isEqualTo(412);

        HttpJson.Answer accepted = admin.postJson("/api/v1/plan-imports/" + id + "/acceptance", plan,
                AdminApi.etag(corrected));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        long planId = accepted.json().path("planId").asLong();
        assertThat(AdminApi.count("SELECT COUNT(*) FROM occurrence o JOIN task t ON t.id = o.task_id "
                + "WHERE t.plan_id = " + planId + " AND t.code = 'I.1' AND o.due_date = '2026-11-30'")).isEqualTo(1);
        assertThat(AdminApi.count("SELECT COUNT(*) FROM occurrence o JOIN task t ON t.id = o.task_id "
                + "WHERE t.plan_id = " + planId + " AND t.code = 'I.2'")).isEqualTo(2);
    }

    @Test
    void aRejectedDraftLeavesNothingBehind() {
        AdminApi admin = AdminApi.admin(base);
        long before = AdminApi.count(DRAFT_ROWS);
        long tasksBefore = AdminApi.count("SELECT COUNT(*) FROM task");
        HttpJson.Answer uploaded = admin.upload("plan.csv", "text/csv", ("STT,Nhiệm vụ,Đơn vị chủ trì,Đơn vị phối hợp,"
                + "Thời gian hoàn thành,Tài liệu kiểm chứng\nI,CÔNG TÁC CHỈ ĐẠO,,,,\n1,Kế hoạch CCHC,Sở Nội vụ,,"
                + "Trước 20/12 hằng năm,Kế hoạch\n").getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json().path("format").asText()).isEqualTo("CSV");
        long id = uploaded.json().path("id").asLong();
        assertThat(admin.get("/api/v1/plan-imports").json().path("items")).anySatisfy(
                d -> assertThat(d.path("id").asLong()).isEqualTo(id));

        assertThat(admin.delete("/api/v1/plan-imports/" + id).status()).isEqualTo(204);

        assertThat(admin.get("/api/v1/plan-imports/" + id).status()).isEqualTo(404);
        assertThat(admin.delete("/api/v1/plan-imports/" + id).status()).isEqualTo(404);
        assertThat(AdminApi.count(DRAFT_ROWS)).isEqualTo(before);
        assertThat(AdminApi.count("SELECT COUNT(*) FROM task")).isEqualTo(tasksBefore);
    }

    @Test
    void anXlsxAppendixIsReadLikeText() throws Exception {
        AdminApi admin = AdminApi.admin(base);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Phụ biểu");
            String[][] cells = {
                {"STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Tài liệu kiểm chứng"},
                {"I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", "", "", "", ""},
                {"1", "Ban hành kế hoạch CCHC", "Sở Nội vụ", "", "Trước 31/12 năm trước liền kề năm kế hoạch", "Kế hoạch"}};
            for (int r = 0; r < cells.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            workbook.write(out);
        }
        HttpJson.Answer uploaded = admin.upload("phu-bieu.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json().path("format").asText()).isEqualTo("XLSX");
        assertThat(uploaded.json().path("rows").get(0).path("deadline").path("kind").asText())
                .isEqualTo("RELATIVE_TO_PLAN_YEAR");
        assertThat(admin.delete("/api/v1/plan-imports/" + uploaded.json().path("id").asLong()).status()).isEqualTo(204);
    }

    @Test
    void brokenFilesGetAClearProblemAndLeaveNothingBehind() {
        AdminApi admin = AdminApi.admin(base);
        long before = AdminApi.count(DRAFT_ROWS);
        long plansBefore = AdminApi.count("SELECT COUNT(*) FROM plan");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1};
        byte[] huge = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');

        Map<String, HttpJson.Answer> answers = Map.of(
                "wrong columns", admin.upload("plan.txt", "text/plain",
                        "STT\tNhiệm vụ\tĐơn vị chủ trì\n1\tKế hoạch CCHC\tSở Nội vụ\n".getBytes(StandardCharsets.UTF_8)),
                "empty", admin.upload("plan.txt", "text/plain", new byte[0]),
                "binary", admin.upload("scan.txt", "application/octet-stream", jpeg),
                "no table", admin.upload("plan.txt", "text/plain",
                        "Kế hoạch số 447/KH-UBND\nNội dung không có bảng".getBytes(StandardCharsets.UTF_8)),
                "20 MB", admin.upload("big.txt", "text/plain", huge),
                "corrupt workbook", admin.upload("plan.xlsx", "application/octet-stream",
                        new byte[] {'P', 'K', 3, 4, 1, 2, 3}));

        assertThat(answers.get("wrong columns").status()).isEqualTo(422);
        assertThat(answers.get("wrong columns").json().path("detail").asText())
                .contains("6 cột").contains("6 columns");
        assertThat(answers.get("empty").status()).isEqualTo(400);
        assertThat(answers.get("empty").json().path("type").asText()).isEqualTo("/problems/empty-file");
        assertThat(answers.get("binary").status()).isEqualTo(422);
        assertThat(answers.get("no table").status()).isEqualTo(422);
        assertThat(answers.get("no table").json().path("detail").asText()).contains("STT");
        assertThat(answers.get("20 MB").status()).isEqualTo(413);
        assertThat(answers.get("20 MB").json().path("detail").asText()).contains("MB");
        assertThat(answers.get("corrupt workbook").status()).isEqualTo(422);
        answers.forEach((what, answer) -> {
            assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
            assertThat(answer.body()).as(what).doesNotContain("Exception").doesNotContain("at vn.");
        });
        assertThat(AdminApi.count(DRAFT_ROWS)).isEqualTo(before);
        assertThat(AdminApi.count("SELECT COUNT(*) FROM plan")).isEqualTo(plansBefore);
    }

    @Test
    void theNextCycleCreatesTheExpectedOccurrencesOnce() throws Exception {
        AdminApi admin = AdminApi.admin(base);
        HttpJson.Answer uploaded = admin.upload("appendix-447.txt", "text/plain", Files.readAllBytes(SEED));
        String number = "IT-" + UUID.randomUUID().toString().substring(0, 8) + "/KH-UBND";
        long planId = admin.postJson("/api/v1/plan-imports/" + uploaded.json().path("id").asLong() + "/acceptance",
                planHeader(number, 2017, 2020), AdminApi.etag(uploaded)).json().path("planId").asLong();
        String occurrencesOf = "SELECT COUNT(*) FROM occurrence o JOIN task t ON t.id = o.task_id WHERE t.plan_id = ";
        long in2020 = AdminApi.count(occurrencesOf + planId + " AND o.plan_year = 2020");

        HttpJson.Answer year = admin.postJson("/api/v1/plans/" + planId + "/years", "{\"year\":2021}");
        HttpJson.Answer again = admin.postJson("/api/v1/plans/" + planId + "/years", "{\"year\":2021}");

        assertThat(year.status()).as(year.body()).isEqualTo(200);
        assertThat(year.json().path("lastYear").asInt()).isEqualTo(2021);
        long created = year.json().path("occurrencesCreated").asLong();
        assertThat(created).isPositive().isLessThanOrEqualTo(in2020);
        assertThat(AdminApi.count(occurrencesOf + planId + " AND o.plan_year = 2021")).isEqualTo(created);
        assertThat(AdminApi.count(occurrencesOf + planId + " AND o.plan_year = 2021 AND o.period LIKE '2021%'"))
                .isEqualTo(created);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("occurrencesCreated").asInt()).isZero();
        assertThat(AdminApi.count(occurrencesOf + planId + " AND o.plan_year = 2021")).isEqualTo(created);

        String copy = "{\"number\":\"" + number + "-2026\",\"title\":\"Kế hoạch CCHC 2026–2027\","
                + "\"issuedOn\":\"2026-01-15\",\"firstYear\":2026,\"lastYear\":2027}";
        HttpJson.Answer copied = admin.postJson("/api/v1/plans/" + planId + "/copies", copy);
        HttpJson.Answer copiedAgain = admin.postJson("/api/v1/plans/" + planId + "/copies", copy);

        assertThat(copied.status()).as(copied.body()).isEqualTo(200);
        long copyId = copied.json().path("planId").asLong();
        assertThat(copyId).isNotEqualTo(planId);
        assertThat(AdminApi.count("SELECT COUNT(*) FROM task WHERE plan_id = " + copyId)).isEqualTo(50);
        assertThat(AdminApi.count(occurrencesOf + copyId)).isEqualTo(copied.json().path("occurrencesCreated").asLong())
                .isPositive();
        assertThat(copiedAgain.json().path("planId").asLong()).isEqualTo(copyId);
        assertThat(copiedAgain.json().path("occurrencesCreated").asInt()).isZero();

        assertThat(admin.postJson("/api/v1/plans/" + planId + "/years", "{\"year\":1800}").status()).isEqualTo(400);
        assertThat(admin.postJson("/api/v1/plans/" + planId + "/years", "{\"year\":2010}").status()).isEqualTo(409);
        assertThat(admin.postJson("/api/v1/plans/999999999/years", "{\"year\":2021}").status()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsWriteAndLeadersRead() throws Exception {
        AdminApi admin = AdminApi.admin(base);
        AdminApi leader = admin.newLeader();
        AdminApi nobody = AdminApi.anonymous(base);
        byte[] seed = Files.readAllBytes(SEED);
        long before = AdminApi.count(DRAFT_ROWS);

        assertThat(nobody.upload("appendix-447.txt", "text/plain", seed).status()).isEqualTo(401);
        assertThat(leader.upload("appendix-447.txt", "text/plain", seed).status()).isEqualTo(403);
        assertThat(leader.postJson("/api/v1/plans/1/years", "{\"year\":2021}").status()).isEqualTo(403);
        assertThat(leader.postJson("/api/v1/calendar/adjustments",
                "{\"date\":\"2031-06-05\",\"kind\":\"DAY_OFF\",\"reason\":\"Thử\"}").status()).isEqualTo(403);
        assertThat(AdminApi.count(DRAFT_ROWS)).isEqualTo(before);
        assertThat(leader.get("/api/v1/plan-imports").status()).isEqualTo(200);
        assertThat(leader.get("/api/v1/calendar/years/2031").status()).isEqualTo(200);
        assertThat(nobody.get("/api/v1/calendar/years/2031").status()).isEqualTo(401);
    }

    @Test
    void statusDashboardsCountEveryOccurrenceOfTheYearAndAnswer304WhileNothingChanged() {
        AdminApi admin = AdminApi.admin(base);
        long planId = AdminApi.count("SELECT id FROM plan WHERE number = '447/KH-UBND'");
        long occurrences = AdminApi.count("SELECT COUNT(*) FROM occurrence o JOIN task t ON t.id = o.task_id "
                + "WHERE t.plan_id = " + planId + " AND o.plan_year = 2018");
        String path = "/api/v1/dashboards/plans/" + planId + "/years/2018/status";

        HttpJson.Answer byArea = admin.get(path + "?by=area");
        HttpJson.Answer byAgency = admin.get(path + "?by=agency");

        assertThat(byArea.status()).as(byArea.body()).isEqualTo(200);
        assertThat(byAgency.status()).as(byAgency.body()).isEqualTo(200);
        long areaTotal = 0;
        for (JsonNode row : byArea.json().path("rows")) {
            areaTotal += row.path("total").asLong();
            assertThat(row.path("name").asText()).isNotBlank();
        }
        long agencyTotal = 0;
        for (JsonNode row : byAgency.json().path("rows")) {
            agencyTotal += row.path("total").asLong();
        }
        assertThat(areaTotal).isEqualTo(occurrences).isPositive();
        assertThat(agencyTotal).isEqualTo(occurrences);
        assertThat(byArea.json().path("rows").get(0).path("counts").has("OVERDUE")).isTrue();
        assertThat(admin.get(path + "?by=area", AdminApi.etag(byArea)).status()).isEqualTo(304);
        assertThat(admin.get(path + "?by=district").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/dashboards/plans/999999999/years/2018/status").status()).isEqualTo(404);

        HttpJson.Answer overdue = admin.get("/api/v1/dashboards/plans/" + planId + "/years/2018/overdue");
        assertThat(overdue.status()).as(overdue.body()).isEqualTo(200);
        assertThat(overdue.json().path("items")).hasSize((int) AdminApi.count("SELECT COUNT(*) FROM occurrence o "
                + "JOIN task t ON t.id = o.task_id WHERE t.plan_id = " + planId + " AND o.plan_year = 2018 "
                + "AND o.finished_on IS NULL AND o.due_date < CURRENT_DATE")).isNotEmpty();
        assertThat(overdue.json().path("items").get(0).path("daysOverdue").asLong()).isPositive();

        HttpJson.Answer trend = admin.get("/api/v1/dashboards/par-index");
        assertThat(trend.status()).as(trend.body()).isEqualTo(200);
        assertThat(trend.json().path("years")).extracting(y -> y.path("year").asInt())
                .as("the plan's history, then the results published after it").isSorted()
                .containsSubsequence(2012, 2013, 2014, 2015, 2016, 2022);
        assertThat(trend.json().path("years").get(1).path("change").decimalValue())
                .isEqualByComparingTo("-3.29");
        assertThat(admin.get("/api/v1/dashboards/par-index", AdminApi.etag(trend)).status()).isEqualTo(304);
    }

    @Test
    void theYearlyReportOpensWithPoiAndHoldsATaskRowAndAnOccurrenceRowEach() throws Exception {
        AdminApi admin = AdminApi.admin(base);
        long planId = AdminApi.count("SELECT id FROM plan WHERE number = '447/KH-UBND'");
        String occurrencesOf = "SELECT COUNT(*) FROM occurrence o JOIN task t ON t.id = o.task_id WHERE t.plan_id = "
                + planId + " AND o.plan_year = 2019";
        long agencyId = AdminApi.count("SELECT o.agency_id FROM occurrence o JOIN task t ON t.id = o.task_id "
                + "WHERE t.plan_id = " + planId + " AND o.plan_year = 2019 ORDER BY o.id LIMIT 1");

        var whole = admin.getBytes("/api/v1/reports/plans/" + planId + "/years/2019");
        var oneAgency = admin.getBytes("/api/v1/reports/plans/" + planId + "/years/2019?agency=" + agencyId);

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
        assertThat(whole.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(".xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(whole.body()))) {
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(1 + 50 + 2);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("I.1");
            var dated = workbook.getSheetAt(1);
            assertThat(dated.getSheetName()).isEqualTo("Kỳ hạn 2019");
            assertThat(dated.getPhysicalNumberOfRows()).isEqualTo(1 + AdminApi.count(occurrencesOf));
            assertThat(dated.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Trạng thái");
            assertThat(dated.getRow(1).getCell(5).getStringCellValue()).isNotBlank();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(oneAgency.body()))) {
            assertThat(workbook.getSheetAt(1).getPhysicalNumberOfRows())
                    .isEqualTo(1 + AdminApi.count(occurrencesOf + " AND o.agency_id = " + agencyId));
        }
        assertThat(admin.getBytes("/api/v1/reports/plans/999999999/years/2019").statusCode()).isEqualTo(404);
        assertThat(AdminApi.anonymous(base).getBytes("/api/v1/reports/plans/" + planId + "/years/2019").statusCode())
                .isEqualTo(401);
    }

    private static String planHeader(String number, int first, int last) {
        return AdminApi.json(Map.of("number", number, "title", "Kế hoạch nâng cao Chỉ số CCHC (thử)",
                "issuer", "UBND tỉnh Lai Châu", "issuedOn", first + "-04-18", "firstYear", first, "lastYear", last));
    }

    private static JsonNode rowByCode(JsonNode draft, String code) {
        for (JsonNode row : draft.path("rows")) {
            if (row.path("code").asText().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static List<String> shippedTaskCodes() throws Exception {
        List<String> codes = new ArrayList<>();
        try (var connection = vn.laichau.par.testsupport.TestDatabase.connect();
             var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT t.code FROM task t JOIN plan p ON p.id = t.plan_id "
                     + "WHERE p.number = '447/KH-UBND' AND t.body_section IS NULL ORDER BY t.position")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        assertThat(codes).hasSize(50);
        return codes;
    }
}
