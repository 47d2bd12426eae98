package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deadline preview and the holiday calendar over HTTP: every phrase kind, and calendar edits moving deadlines. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminDeadlineIT {

    private static final String WORKING_DAYS = "05 ngày làm việc kể từ ngày ký quyết định công bố";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void thePreviewAnswersEveryPhraseKind() {
        AdminApi admin = AdminApi.admin(base);
        Map<String, List<String>> expected = Map.of(
                "Xong trước 30/12/2017", List.of("FIXED_DATE", "2017=2017-12-30"),
                "Trước 20/12 hằng năm", List.of("YEARLY_DATE", "2027=2027-12-20"),
                "Trước 31/12 năm trước liền kề năm kế hoạch", List.of("RELATIVE_TO_PLAN_YEAR", "2027=2026-12-31"),
                "Năm 2018 và các năm tiếp theo", List.of("FROM_YEAR_ON", "2027=2027-12-31"),
                "Theo quy định chế độ báo cáo của Bộ Nội vụ", List.of("REPORTING_CALENDAR", "2027-Q1=2027-03-20",
                        "2027-H1=2027-06-20", "2027-Q3=2027-09-20", "2027-Y=2027-12-20"),
                "Thường xuyên", List.of("CONTINUOUS", "2027=2027-12-25"),
                "Định kỳ hằng quý", List.of("QUARTERLY", "2027-Q1=2027-03-31", "2027-Q2=2027-06-30",
                        "2027-Q3=2027-09-30", "2027-Q4=2027-12-31"),
                "6 tháng đầu năm", List.of("HALF_YEARLY", "2027-H1=2027-06-30"));

        expected.forEach((phrase, answer) -> {
            JsonNode preview = preview(admin, phrase, List.of(2017, 2027), null);
            assertThat(preview.path("answer").asText()).as(phrase).isEqualTo("DATED");
            assertThat(preview.path("kind").asText()).as(phrase).isEqualTo(answer.get(0));
            assertThat(preview.path("description").asText()).as(phrase).isNotBlank();
            assertThat(dates(preview)).as(phrase).containsAll(answer.subList(1, answer.size()));
        });
    }

    @Test
    void thePhrasesOfTheNextPlansAreDatedAndReadBackInPlainVietnamese() {
        AdminApi admin = AdminApi.admin(base);

        JsonNode quarter = preview(admin, "Quý II năm kế hoạch", List.of(2027), null);
        assertThat(dates(quarter)).containsExactly("2027-Q2=2027-06-30");
        assertThat(quarter.at("/years/0/occurrences/0/readBack").asText())
                .isEqualTo("hạn: 30/06/2027 — hết quý II năm kế hoạch");

        JsonNode monthly = preview(admin, "Trước ngày 10 hằng tháng", List.of(2027), null);
        assertThat(monthly.path("kind").asText()).isEqualTo("MONTHLY");
        assertThat(dates(monthly)).hasSize(12).startsWith("2027-M01=2027-01-10").endsWith("2027-M12=2027-12-10");

        JsonNode quarterDay = preview(admin, "Trước ngày 15 tháng cuối quý", List.of(2027), null);
        assertThat(dates(quarterDay)).containsExactly("2027-Q1=2027-03-15", "2027-Q2=2027-06-15",
                "2027-Q3=2027-09-15", "2027-Q4=2027-12-15");

        JsonNode span = preview(admin, "Giai đoạn 2026–2030", List.of(2026, 2027, 2030), null);
        assertThat(span.path("kind").asText()).isEqualTo("SPAN");
        assertThat(dates(span)).containsExactly("2030=2030-12-31");

        JsonNode moved = preview(admin, "Tháng 10 hằng năm, nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo",
                List.of(2027), null);
        assertThat(dates(moved)).containsExactly("2027=2027-11-01");
        assertThat(moved.at("/years/0/occurrences/0/meaning").asText()).startsWith("hết tháng 10 năm kế hoạch");

        JsonNode unreadable = preview(admin, "Trước ngày 31 hằng tháng", List.of(2027), null);
        assertThat(unreadable.path("answer").asText()).isEqualTo("NEEDS_MANUAL_DATE");
        assertThat(dates(unreadable)).isEmpty();
    }

    @Test
    void aPhraseThatCannotBeDatedSaysSoInsteadOfGuessing() {
        AdminApi admin = AdminApi.admin(base);

        JsonNode manual = preview(admin, "Theo hướng dẫn của Bộ Nội vụ", List.of(2027), null);
        JsonNode withoutEvent = preview(admin, WORKING_DAYS, List.of(2027), null);
        JsonNode withEvent = preview(admin, WORKING_DAYS, List.of(2027), "2026-04-24");

        assertThat(manual.path("answer").asText()).isEqualTo("NEEDS_MANUAL_DATE");
        assertThat(manual.path("kind").asText()).isEqualTo("NEEDS_MANUAL_DATE");
        assertThat(manual.path("reason").asText()).isNotBlank();
        assertThat(dates(manual)).isEmpty();
        assertThat(withoutEvent.path("answer").asText()).isEqualTo("NEEDS_EVENT_DATE");
        assertThat(withoutEvent.path("kind").asText()).isEqualTo("WORKING_DAYS_AFTER_EVENT");
        assertThat(withoutEvent.path("reason").asText()).contains("ký quyết định công bố");
        assertThat(dates(withoutEvent)).isEmpty();
        assertThat(withEvent.path("answer").asText()).isEqualTo("DATED");
        assertThat(dates(withEvent)).containsExactly("2026-E2026-04-24=2026-05-06");
    }

    @Test
    void badPreviewRequestsGetProblemsWithViolations() {
        AdminApi admin = AdminApi.admin(base);

        HttpJson.Answer empty = admin.postJson("/api/v1/deadlines/preview", "{\"phrase\":\" \",\"years\":[]}");
        HttpJson.Answer farYear = admin.postJson("/api/v1/deadlines/preview",
                "{\"phrase\":\"Thường xuyên\",\"years\":[2027, 99999]}");
        HttpJson.Answer malformed = admin.postJson("/api/v1/deadlines/preview", "{\"phrase\": ");
        HttpJson.Answer wrongType = admin.postJson("/api/v1/deadlines/preview",
                "{\"phrase\":\"Thường xuyên\",\"years\":\"2027\",\"eventDate\":\"hôm qua\"}");
        HttpJson.Answer anonymous = AdminApi.anonymous(base).postJson("/api/v1/deadlines/preview",
                "{\"phrase\":\"Thường xuyên\",\"years\":[2027]}");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("violations")).extracting(v -> v.path("field").asText())
                .containsExactlyInAnyOrder("phrase", "years");
        assertThat(farYear.status()).isEqualTo(400);
        assertThat(farYear.json().path("violations").get(0).path("field").asText()).isEqualTo("years[1]");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(wrongType.status()).isEqualTo(400);
        List.of(empty, farYear, malformed, wrongType).forEach(a ->
                assertThat(a.contentType()).startsWith("application/problem+json"));
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void calendarEditsMoveWorkingDayDeadlines() {
        AdminApi admin = AdminApi.admin(base);
        admin.delete("/api/v1/calendar/adjustments/2031-06-05");
        admin.delete("/api/v1/calendar/adjustments/2031-06-07");
        assertThat(dates(preview(admin, WORKING_DAYS, List.of(2031), "2031-06-03")))
                .containsExactly("2031-E2031-06-03=2031-06-10");

        HttpJson.Answer dayOff = admin.postJson("/api/v1/calendar/adjustments",
                "{\"date\":\"2031-06-05\",\"kind\":\"DAY_OFF\",\"reason\":\"Thông báo nghỉ hoán đổi (thử)\"}");
        assertThat(dayOff.status()).as(dayOff.body()).isEqualTo(201);
        assertThat(dates(preview(admin, WORKING_DAYS, List.of(2031), "2031-06-03")))
                .containsExactly("2031-E2031-06-03=2031-06-11");
        JsonNode year = admin.get("/api/v1/calendar/years/2031").json();
        assertThat(year.path("holidays")).anySatisfy(h -> {
            assertThat(h.path("date").asText()).isEqualTo("2031-06-05");
            assertThat(h.path("source").asText()).isEqualTo("ADJUSTMENT");
        });
        assertThat(year.path("holidays")).anySatisfy(h -> assertThat(h.path("name").asText()).contains("Tết Nguyên Đán"));

        HttpJson.Answer makeUp = admin.postJson("/api/v1/calendar/adjustments",
                "{\"date\":\"2031-06-07\",\"kind\":\"WORKING_DAY\",\"reason\":\"Làm bù thứ Bảy (thử)\"}");
        assertThat(makeUp.status()).as(makeUp.body()).isEqualTo(201);
        assertThat(dates(preview(admin, WORKING_DAYS, List.of(2031), "2031-06-03")))
                .containsExactly("2031-E2031-06-03=2031-06-10");
        assertThat(admin.get("/api/v1/calendar/years/2031").json().path("adjustments")).hasSize(2);

        assertThat(admin.postJson("/api/v1/calendar/adjustments",
                "{\"date\":\"2031-06-05\",\"kind\":\"DAY_OFF\",\"reason\":\"Lần nữa\"}").status()).isEqualTo(409);
        assertThat(admin.postJson("/api/v1/calendar/adjustments",
                "{\"date\":\"2031-06-09\",\"kind\":\"WORKING_DAY\",\"reason\":\"Thứ Hai\"}").status()).isEqualTo(409);
        HttpJson.Answer invalid = admin.postJson("/api/v1/calendar/adjustments", "{\"kind\":\"HOLIDAY\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("violations")).extracting(v -> v.path("field").asText())
                .containsExactlyInAnyOrder("date", "kind", "reason");

        assertThat(admin.delete("/api/v1/calendar/adjustments/2031-06-05").status()).isEqualTo(200);
        assertThat(admin.delete("/api/v1/calendar/adjustments/2031-06-07").status()).isEqualTo(200);
        assertThat(admin.delete("/api/v1/calendar/adjustments/2031-06-07").status()).isEqualTo(404);
        assertThat(dates(preview(admin, WORKING_DAYS, List.of(2031), "2031-06-03")))
                .containsExactly("2031-E2031-06-03=2031-06-10");
        assertThat(admin.get("/api/v1/calendar/years/3000").status()).isEqualTo(400);
    }

    private static JsonNode preview(AdminApi api, String phrase, List<Integer> years, String eventDate) {
        String body = "{\"phrase\":" + AdminApi.json(phrase) + ",\"years\":" + AdminApi.json(years)
                + (eventDate == null ? "" : ",\"eventDate\":\"" + eventDate + "\"") + "}";
        HttpJson.Answer answer = api.postJson("/api/v1/deadlines/preview", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> dates(JsonNode preview) {
        List<String> dates = new java.util.ArrayList<>();
        preview.path("years").forEach(y -> y.path("occurrences").forEach(o ->
                dates.add(o.path("period").asText() + "=" + o.path("dueDate").asText())));
        return dates;
    }
}
