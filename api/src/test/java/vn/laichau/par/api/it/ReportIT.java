package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scorecard workbook, the draft CCHC report and the sections agencies write, over HTTP: an official gets their
 * own agency's and nobody else's, leaders and Sở Nội vụ any and the province's; bad parameters are 400
 * problem+json; the written sections follow the ETag convention and appear in the next draft.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    private static long planId() {
        return AdminApi.count("SELECT id FROM plan WHERE number = '447/KH-UBND'");
    }

    private static long busyAgency() {
        return AdminApi.count("SELECT agency_id FROM occurrence WHERE due_date BETWEEN '2019-01-01' AND '2019-12-31' "
                + "AND agency_id <> (SELECT id FROM agency WHERE code = 'SO_NOI_VU') "
                + "GROUP BY agency_id ORDER BY COUNT(*) DESC, agency_id LIMIT 1");
    }

    private static HttpResponse<byte[]> download(Api api, String path, String token) {
        return api.sendBytes(api.request(path, token).GET());
    }

    @Test
    void anOfficialDownloadsTheirAgencysWorkbookAndDraftAndNoOtherOne() throws Exception {
        Api api = new Api(base);
        long agency = busyAgency();
        long other = AdminApi.count("SELECT id FROM agency WHERE id <> " + agency
                + " AND code <> 'SO_NOI_VU' ORDER BY id LIMIT 1");
        String official = api.newOfficial("official", agency);
        String prefix = "/api/v1/reports/plans/" + planId() + "/years/2019/";

        HttpResponse<byte[]> workbook = download(api, prefix + "scorecard?period=YEAR&agencyId=" + agency, official);
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(XLSX));
        assertThat(workbook.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("bang-diem-2019-year-don-vi-" + agency + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            XSSFSheet summary = book.getSheetAt(0);
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).contains("447/KH-UBND", "năm 2019");
            assertThat(summary.getRow(summary.getLastRowNum()).getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            long due = AdminApi.count("SELECT COUNT(*) FROM occurrence o JOIN task t ON t.id = o.task_id "
                    + "WHERE t.plan_id = " + planId() + " AND o.agency_id = " + agency
                    + " AND o.due_date BETWEEN '2019-01-01' AND '2019-12-31'");
            assertThat(due).isPositive();
            assertThat((long) summary.getRow(summary.getLastRowNum()).getCell(2).getNumericCellValue()).isEqualTo(due);
        }

        HttpResponse<byte[]> draft = download(api, prefix + "cchc-report?period=half-year&agencyId=" + agency, official);
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(DOCX));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(draft.body()))) {
            assertThat(doc.getTables().get(0).getRow(0).getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính 6 tháng năm 2019");
        }

        for (String refused : new String[] {prefix + "scorecard?period=YEAR&agencyId=" + other,
            prefix + "cchc-report?period=YEAR&agencyId=" + other, prefix + "cchc-report?period=YEAR",
            "/api/v1/reports/plans/" + planId() + "/written-sections?agencyId=" + other}) {
            HttpJson.Answer answer = api.get(refused, official);
            assertThat(answer.status()).as(refused).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().path("type").asText()).isEqualTo("/problems/report-not-yours");
        }
        assertThat(api.get(prefix + "scorecard?period=YEAR&agencyId=" + agency, null).status()).isEqualTo(401);
    }

    @Test
    void leadersAndSoNoiVuGetTheProvincesReport() throws Exception {
        Api api = new Api(base);
        long noiVu = AdminApi.count("SELECT id FROM agency WHERE code = 'SO_NOI_VU'");
        String prefix = "/api/v1/reports/plans/" + planId() + "/years/2019/";
        for (String token : new String[] {api.newOfficial("leader", busyAgency()), api.newOfficial("official", noiVu)}) {
            HttpResponse<byte[]> draft = download(api, prefix + "cchc-report?period=QUARTER_1", token);
            assertThat(draft.statusCode()).isEqualTo(200);
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(draft.body()))) {
                assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).contains("SỞ NỘI VỤ");
            }
            HttpResponse<byte[]> workbook = download(api, prefix + "scorecard?period=NINE_MONTHS", token);
            assertThat(workbook.statusCode()).isEqualTo(200);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
                assertThat(book.getNumberOfSheets()).isEqualTo(4);
            }
        }
    }

    @Test
    void badParametersAreBilingualProblems() {
        Api api = new Api(base);
        String admin = api.adminToken();
        String prefix = "/api/v1/reports/plans/" + planId() + "/years/2019/";
        for (String[] bad : new String[][] {{prefix + "cchc-report?period=QUY_5", "period"},
            {prefix + "scorecard?period=", "period"}, {prefix + "scorecard", "period"},
            {prefix + "scorecard?period=YEAR&agencyId=abc", "agencyId"},
            {"/api/v1/reports/plans/" + planId() + "/years/abc/cchc-report?period=YEAR", "year"},
            {"/api/v1/reports/plans/" + planId() + "/years/1990/cchc-report?period=YEAR", "year"},
            {"/api/v1/reports/plans/x/written-sections", "planId"}}) {
            HttpJson.Answer answer = api.get(bad[0], admin);
            assertThat(answer.status()).as(bad[0]).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().path("violations")).extracting(v -> v.path("field").asText()).contains(bad[1]);
            assertThat(answer.json().path("detail").asText()).contains("Tham số không hợp lệ", "Invalid parameter");
        }
        assertThat(api.get("/api/v1/reports/plans/999999999/years/2019/scorecard?period=YEAR", admin).status())
                .isEqualTo(404);
        assertThat(api.get(prefix + "scorecard?period=YEAR&agencyId=999999999", admin).status()).isEqualTo(404);
    }

    @Test
    void writtenSectionsFollowTheETagConventionAndReachTheNextDraft() throws Exception {
        Api api = new Api(base);
        long agency = AdminApi.count("SELECT agency_id FROM occurrence GROUP BY agency_id ORDER BY agency_id DESC "
                + "LIMIT 1");
        String official = api.newOfficial("official", agency);
        String leader = api.newOfficial("leader", agency);
        String path = "/api/v1/reports/plans/" + planId() + "/written-sections?agencyId=" + agency;
        String body = "{\"difficulties\":\"Thiếu cán bộ chuyên trách.\",\"proposals\":\"Bổ sung kinh phí.\","
                + "\"signerTitle\":\"Chủ tịch\",\"signerName\":\"Lò Văn C\"}";

        HttpJson.Answer empty = api.get(path, official);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().has("version")).isFalse();

        assertThat(api.send("PUT", path, official, null, body).status()).isEqualTo(428);
        HttpJson.Answer first = put(api, path, official, "If-None-Match", "*", body);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(Api.etag(first)).isEqualTo("\"0\"");
        assertThat(put(api, path, official, "If-None-Match", "*", body).status()).isEqualTo(412);
        assertThat(put(api, path, official, "If-Match", "\"7\"", body).status()).isEqualTo(412);
        assertThat(put(api, path, leader, "If-Match", "\"0\"", body).status()).isEqualTo(403);
        HttpJson.Answer tooLong = put(api, path, official, "If-Match", "\"0\"",
                "{\"signerName\":\"" + "x".repeat(300) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("violations").get(0).path("field").asText()).isEqualTo("signerName");
        HttpJson.Answer second = put(api, path, official, "If-Match", "\"0\"",
                body.replace("Bổ sung kinh phí.", "Bổ sung kinh phí năm sau."));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("version").asLong()).isEqualTo(1);
        assertThat(api.http.send(api.request(path, official).header("If-None-Match", "\"1\"").GET()).status())
                .isEqualTo(304);

        HttpResponse<byte[]> draft = download(api, "/api/v1/reports/plans/" + planId()
                + "/years/2019/cchc-report?period=YEAR&agencyId=" + agency, official);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(draft.body()))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("Thiếu cán bộ chuyên trách.", "Bổ sung kinh phí năm sau.");
            assertThat(doc.getTables().get(doc.getTables().size() - 1).getText()).contains("CHỦ TỊCH", "Lò Văn C");
        }
    }

    private static HttpJson.Answer put(Api api, String path, String token, String header, String value, String json) {
        return api.http.send(api.request(path, token).header(header, value).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }
}
