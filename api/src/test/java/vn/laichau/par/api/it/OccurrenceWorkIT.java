package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.laichau.par.testsupport.TestDatabase;

/**
 * An official's day over HTTP: tasks and occurrences to read, progress, evidence, finishing and extensions to
 * write, only for their own agency; with ETags, If-Match, cursors, gzip and problem answers for bad input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OccurrenceWorkIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void tasksAreFoundWithoutDiacriticsAndEachCarriesAnEtagThatAnswers304() {
        Api api = new Api(base);
        String token = api.adminToken();

        JsonNode found = api.get("/api/v1/tasks?q=kiem%20tra%20cong%20tac&limit=5", token).json();
        assertThat(found.path("items").size()).isPositive();
        JsonNode task = found.path("items").get(0);
        assertThat(task.path("text").asText() + task.path("heading").asText()).containsIgnoringCase("kiểm tra");

        HttpJson.Answer one = api.get("/api/v1/tasks/" + task.path("id").asLong(), token);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().path("deadlineKind").asText()).isNotBlank();
        String etag = Api.etag(one);
        HttpJson.Answer again = api.http.send(api.request("/api/v1/tasks/" + task.path("id").asLong(), token)
                .header("If-None-Match", etag).GET());
        assertThat(again.status()).isEqualTo(304);

        HttpJson.Answer list = api.get("/api/v1/tasks?limit=3", token);
        HttpJson.Answer listAgain = api.http.send(api.request("/api/v1/tasks?limit=3", token)
                .header("If-None-Match", Api.etag(list)).GET());
        assertThat(listAgain.status()).as("collections have ETags too").isEqualTo(304);

        assertThat(api.get("/api/v1/tasks/999999999", token).json().path("type").asText())
                .isEqualTo("/problems/task-not-found");
        HttpJson.Answer badKind = api.get("/api/v1/tasks?deadlineKind=SOMETIMES", token);
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().path("violations").get(0).path("field").asText()).isEqualTo("deadlineKind");
    }

    @Test
    void plansAndTheirAreasAreRead() {
        Api api = new Api(base);
        String token = api.newOfficial("leader", 1);

        JsonNode plans = api.get("/api/v1/plans", token).json();
        assertThat(plans.path("items").size()).isPositive();
        long plan = plans.path("items").get(0).path("id").asLong();
        HttpJson.Answer one = api.get("/api/v1/plans/" + plan, token);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().path("number").asText()).isNotBlank();
        JsonNode areas = api.get("/api/v1/plans/" + plan + "/areas", token).json();
        assertThat(areas.path("items").size()).isPositive();
        long area = areas.path("items").get(0).path("id").asLong();
        api.get("/api/v1/tasks?limit=200&area=" + area, token).json().path("items")
                .forEach(t -> assertThat(t.path("areaId").asLong()).isEqualTo(area));
        assertThat(api.get("/api/v1/plans/999999999", token).status()).isEqualTo(404);
    }

    @Test
    void taskFiltersNarrowTheList() {
        Api api = new Api(base);
        String token = api.adminToken();
        JsonNode all = api.get("/api/v1/tasks?limit=200", token).json().path("items");
        JsonNode first = all.get(0);

        JsonNode byArea = api.get("/api/v1/tasks?limit=200&area=" + first.path("areaId").asLong(), token).json();
        JsonNode byKind = api.get("/api/v1/tasks?limit=200&deadlineKind=" + first.path("deadlineKind").asText(),
                token).json();
        JsonNode byLead = api.get("/api/v1/tasks?limit=200&leadAgency=SO_NOI_VU", token).json();

        byArea.path("items").forEach(t -> assertThat(t.path("areaId").asLong()).isEqualTo(first.path("areaId").asLong()));
        byKind.path("items").forEach(t -> assertThat(t.path("deadlineKind").asText())
                .isEqualTo(first.path("deadlineKind").asText()));
        assertThat(byLead.path("items").size()).isPositive().isLessThan(all.size());
    }

    @Test
    void occurrencePagesFollowEachOtherWithoutGapsOrRepeats() throws Exception {
        Api api = new Api(base);
        String token = api.adminToken();
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            HttpJson.Answer answer = api.get("/api/v1/occurrences?limit=50&year=2019"
                    + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonNode page = answer.json();
            assertThat(page.has("next")).isTrue();
            page.path("items").forEach(item -> seen.add(item.path("id").asLong()));
            cursor = page.path("next").isNull() ? null : page.path("next").asText();
            assertThat(++pages).isLessThan(1000);
        } while (cursor != null);

        assertThat(seen).doesNotHaveDuplicates().isSorted().hasSize(count("SELECT COUNT(*) FROM occurrence WHERE plan_year = 2019"));
    }

    @Test
    void occurrenceFiltersAndBadParametersAreChecked() {
        Api api = new Api(base);
        String token = api.adminToken();

        JsonNode overdue = api.get("/api/v1/occurrences?status=overdue&limit=20", token).json();
        overdue.path("items").forEach(o -> assertThat(o.path("status").asText()).isEqualTo("OVERDUE"));
        JsonNode between = api.get("/api/v1/occurrences?dueFrom=2019-01-01&dueTo=2019-06-30&limit=200", token).json();
        between.path("items").forEach(o -> assertThat(o.path("dueDate").asText()).isBetween("2019-01-01", "2019-06-30"));
        assertThat(between.path("items").size()).isPositive();
        between.path("items").forEach(o -> assertThat(o.path("deadlineMeaning").asText()).as(o.toString()).isNotBlank());
        JsonNode since = api.get("/api/v1/occurrences?updatedSince=2100-01-01T00:00:00Z", token).json();
        assertThat(since.path("items").size()).isZero();

        for (String bad : List.of("year=abc", "status=late-ish", "dueFrom=2026-02-30", "dueTo=99999-01-01",
                "agency=-3", "updatedSince=yesterday", "limit=0", "dueFrom=2026-05-01&dueTo=2026-04-01")) {
            HttpJson.Answer answer = api.get("/api/v1/occurrences?" + bad, token);
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(answer.contentType()).as(bad).startsWith("application/problem+json");
        }
    }

    @Test
    void officialReportsProgressOnlyWithACurrentIfMatchAndOnlyForTheirAgency() throws Exception {
        Api api = new Api(base);
        long[] occurrence = Api.freshOccurrence(false);
        String path = "/api/v1/occurrences/" + occurrence[0];
        String own = api.newOfficial("official", occurrence[1]);
        String stranger = api.newOfficial("official", Api.otherAgency(occurrence[1]));
        String leader = api.newOfficial("leader", occurrence[1]);
        String etag = Api.etag(api.get(path, own));
        String body = "{\"percent\":40,\"note\":\"Đang dự thảo\"}";

        assertThat(api.postIfMatch(path + "/progress", own, null, body).status()).isEqualTo(428);
        HttpJson.Answer foreign = api.postIfMatch(path + "/progress", stranger, etag, body);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().path("type").asText()).isEqualTo("/problems/not-your-agency");
        assertThat(api.postIfMatch(path + "/progress", leader, etag, body).status()).isEqualTo(403);

        HttpJson.Answer reported = api.postIfMatch(path + "/progress", own, etag, body);
        assertThat(reported.status()).isEqualTo(201);
        assertThat(reported.json().path("channel").asText()).isEqualTo("API");
        assertThat(Api.etag(reported)).isNotEqualTo(etag);

        HttpJson.Answer stale = api.postIfMatch(path + "/progress", own, etag, body);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get(path, own).json().path("progressPercent").asInt()).isEqualTo(40);
        assertThat(api.get(path + "/progress", stranger).json().path("items").size()).isEqualTo(1);

        String current = Api.etag(api.get(path, own));
        HttpJson.Answer outOfRange = api.postIfMatch(path + "/progress", own, current, "{\"percent\":140}");
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.json().path("violations").get(0).path("field").asText()).isEqualTo("percent");
        assertThat(api.postIfMatch(path + "/progress", own, current, "{\"percent\":\"forty\"}").status()).isEqualTo(400);
        assertThat(api.postIfMatch(path + "/progress", own, current, "{\"percent\":40,\"mood\":1}").status())
                .isEqualTo(400);
        assertThat(api.postIfMatch(path + "/progress", own, current, "{\"percent\":").status()).isEqualTo(400);

        for (String note : new String[] {"Đang\\u200Cdự thảo", "Đang dự thảo\\u0000", "\\u001b[31mĐỏ",
                "Đang\\u0085dự thảo", "Đang dự thảo\\u007F", "Dòng 1\\rDòng 2"}) {
            HttpJson.Answer hidden = api.postIfMatch(path + "/progress", own, current,
                    "{\"percent\":50,\"note\":\"" + note + "\"}");
            assertThat(hidden.status()).as(note + ": " + hidden.body()).isEqualTo(400);
            assertThat(hidden.contentType()).startsWith("application/problem+json");
            assertThat(hidden.json().path("type").asText()).isEqualTo("/problems/invalid-characters");
            assertThat(hidden.json().path("detail").asText()).startsWith("Ghi chú tiến độ chứa ký tự")
                    .contains(" — The note contains");
            assertThat(hidden.json().path("violations").get(0).path("field").asText()).isEqualTo("note");
        }
        assertThat(api.get(path + "/progress", own).json().path("items").size()).as("none of them stored")
                .isEqualTo(1);
        HttpJson.Answer lines = api.postIfMatch(path + "/progress", own, current,
                "{\"percent\":50,\"note\":\"Dòng 1\\r\\nDòng 2\"}");
        assertThat(lines.status()).as("a note of several lines: " + lines.body()).isEqualTo(201);
        assertThat(lines.json().path("note").asText()).isEqualTo("Dòng 1\nDòng 2");
    }

    @Test
    void finishingWithoutTheEvidenceTheTaskAsksForIsRefusedThenAcceptedAfterAnUpload() throws Exception {
        Api api = new Api(base);
        long[] occurrence = Api.freshOccurrence(true);
        String path = "/api/v1/occurrences/" + occurrence[0];
        String own = api.newOfficial("official", occurrence[1]);

        HttpJson.Answer refused = api.postIfMatch(path + "/finish", own, Api.etag(api.get(path, own)), "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("type").asText()).isEqualTo("/problems/evidence-missing");
        assertThat(refused.json().path("detail").asText()).contains("kiểm chứng").contains("evidence");

        byte[] pdf = "%PDF-1.4 biên bản kiểm tra".getBytes(StandardCharsets.UTF_8);
        HttpJson.Answer uploaded = upload(api, own, path, Api.etag(api.get(path, own)), "Biên bản kiểm tra.pdf",
                "application/pdf", pdf);
        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.json().path("sha256").asText()).isEqualTo(sha256(pdf));
        assertThat(uploaded.json().path("fileName").asText()).isEqualTo("Biên bản kiểm tra.pdf");

        HttpResponse<byte[]> download = api.sendBytes(api.request(uploaded.json().path("download").asText(), own)
                .GET());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");

        HttpJson.Answer finished = api.postIfMatch(path + "/finish", own, Api.etag(api.get(path, own)), "");
        assertThat(finished.status()).isEqualTo(200);
        assertThat(finished.json().path("finishedOn").asText()).isNotBlank();
        assertThat(finished.json().path("progressPercent").asInt()).isEqualTo(100);
        assertThat(api.get(path + "/evidence", own).json().path("items").size()).isEqualTo(1);
    }

    @Test
    void badEvidenceUploadsAreRefusedClearly() throws Exception {
        Api api = new Api(base);
        long[] occurrence = Api.freshOccurrence(true);
        String path = "/api/v1/occurrences/" + occurrence[0];
        String own = api.newOfficial("official", occurrence[1]);
        String stranger = api.newOfficial("official", Api.otherAgency(occurrence[1]));
        String etag = Api.etag(api.get(path, own));

        HttpJson.Answer traversal = upload(api, own, path, etag, "../../etc/passwd.pdf", "application/pdf", new byte[10]);
        HttpJson.Answer wrongType = upload(api, own, path, etag, "script.sh", "application/x-sh", new byte[10]);
        HttpJson.Answer oversize = upload(api, own, path, etag, "lon.pdf", "application/pdf", new byte[21 * 1024 * 1024]);
        HttpJson.Answer foreign = upload(api, stranger, path, etag, "a.pdf", "application/pdf", new byte[10]);
        HttpJson.Answer noIfMatch = upload(api, own, path, null, "a.pdf", "application/pdf", new byte[10]);
        HttpJson.Answer empty = upload(api, own, path, etag, "trong.pdf", "application/pdf", new byte[0]);
        HttpJson.Answer program = upload(api, own, path, etag, "bao-cao.pdf.exe", "application/pdf", new byte[10]);

        assertThat(traversal.status()).isEqualTo(400);
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.json().path("type").asText()).isEqualTo("/problems/file-type-not-accepted");
        assertThat(oversize.status()).isEqualTo(413);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(noIfMatch.status()).isEqualTo(428);
        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
        assertThat(empty.json().path("type").asText()).isEqualTo("/problems/empty-file");
        assertThat(empty.json().path("detail").asText()).contains("trống").contains("empty");
        assertThat(program.status()).as(program.body()).isEqualTo(415);
        assertThat(api.get(path, own).json().path("evidenceCount").asInt()).isZero();
    }

    @Test
    void extensionAskedByAnOfficialAndApprovedByTheAdminMovesTheDueDate() throws Exception {
        Api api = new Api(base);
        long[] occurrence = Api.freshOccurrence(false);
        String path = "/api/v1/occurrences/" + occurrence[0];
        String own = api.newOfficial("official", occurrence[1]);
        String admin = api.adminToken();
        HttpJson.Answer before = api.get(path, own);
        LocalDate due = LocalDate.parse(before.json().path("dueDate").asText());
        String later = due.plusDays(30).toString();

        HttpJson.Answer notLater = api.postIfMatch(path + "/extensions", own, Api.etag(before),
                "{\"newDueDate\":\"" + due.minusDays(1) + "\",\"reason\":\"Chờ thẩm định\"}");
        assertThat(notLater.status()).isEqualTo(400);
        HttpJson.Answer badDate = api.postIfMatch(path + "/extensions", own, Api.etag(before),
                "{\"newDueDate\":\"2026-02-30\",\"reason\":\"Chờ thẩm định\"}");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().path("violations").get(0).path("field").asText()).isEqualTo("newDueDate");

        HttpJson.Answer asked = api.postIfMatch(path + "/extensions", own, Api.etag(before),
                "{\"newDueDate\":\"" + later + "\",\"reason\":\"Chờ ý kiến thẩm định của Sở Tư pháp\"}");
        assertThat(asked.status()).isEqualTo(201);
        assertThat(asked.json().path("status").asText()).isEqualTo("PENDING");
        String extension = "/api/v1/extensions/" + asked.json().path("id").asLong();
        HttpJson.Answer again = api.postIfMatch(path + "/extensions", own, Api.etag(api.get(path, own)),
                "{\"newDueDate\":\"" + due.plusDays(60) + "\",\"reason\":\"Cần thêm thời gian\"}");
        assertThat(again.status()).as("a second request while the first is pending: " + again.body()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().path("type").asText()).isEqualTo("/problems/extension-pending");
        assertThat(again.json().path("detail").asText()).contains("đang chờ quyết định")
                .contains("hoặc từ chối — Occurrence ").contains("waiting for a decision");
        assertThat(api.get(path + "/extensions", own).json().path("items").size()).isEqualTo(1);

        String extensionTag = Api.etag(api.get(extension, own));
        String decision = "{\"decision\":\"APPROVE\",\"reference\":\"Văn bản số 123/SNV-CCHC\"}";
        assertThat(api.postIfMatch(extension + "/decision", own, extensionTag, decision).status()).isEqualTo(403);
        HttpJson.Answer approved = api.postIfMatch(extension + "/decision", admin, extensionTag, decision);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().path("status").asText()).isEqualTo("APPROVED");
        assertThat(api.postIfMatch(extension + "/decision", admin, Api.etag(approved), decision).status())
                .isEqualTo(409);

        assertThat(api.get(path, own).json().path("dueDate").asText()).isEqualTo(later);
        assertThat(api.get(path + "/extensions", own).json().path("items").size()).isEqualTo(1);
        assertThat(api.get("/api/v1/extensions?status=approved", admin).json().path("items").size()).isPositive();
    }

    @Test
    void mineListsTheCallersAgencyAndTheFeedPagesAndMarksRead() throws Exception {
        Api api = new Api(base);
        long[] occurrence = Api.freshOccurrence(false);
        String own = api.newOfficial("official", occurrence[1]);
        long me = api.get("/api/v1/me", own).json().path("official").path("id").asLong();

        JsonNode mine = api.get("/api/v1/occurrences?mine=true&limit=200", own).json();
        assertThat(mine.path("items").size()).isPositive();
        mine.path("items").forEach(o -> assertThat(o.path("agencyId").asLong()).isEqualTo(occurrence[1]));

        for (int i = 0; i < 3; i++) {
            notify(me, "Sắp đến hạn " + i, occurrence[0]);
        }
        JsonNode first = api.get("/api/v1/me/notifications?limit=2", own).json();
        assertThat(first.path("items").size()).isEqualTo(2);
        JsonNode second = api.get("/api/v1/me/notifications?limit=2&cursor=" + first.path("next").asText(), own).json();
        assertThat(second.path("items").size()).isEqualTo(1);
        assertThat(second.path("next").isNull()).isTrue();
        long id = first.path("items").get(0).path("id").asLong();

        assertThat(api.post("/api/v1/me/notifications/" + id + "/read", own, "").status()).isEqualTo(204);
        assertThat(api.get("/api/v1/me", own).json().path("unreadNotifications").asLong()).isEqualTo(2);
        String other = api.newOfficial("official", occurrence[1]);
        assertThat(api.post("/api/v1/me/notifications/" + id + "/read", other, "").status()).isEqualTo(404);
    }

    @Test
    void answersAreGzippedForClientsThatAcceptIt() throws Exception {
        Api api = new Api(base);
        String token = api.adminToken();
        HttpResponse<byte[]> answer = api.sendBytes(api.request("/api/v1/tasks?limit=20", token)
                .header("Accept-Encoding", "gzip").GET());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String json = new String(new GZIPInputStream(new java.io.ByteArrayInputStream(answer.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"items\":[");
    }

    @Test
    void answersSmallerThanOnePacketAreSentUncompressed() throws Exception {
        Api api = new Api(base);
        String token = api.adminToken();
        HttpResponse<byte[]> answer = api.sendBytes(api.request("/api/v1/plans", token)
                .header("Accept-Encoding", "gzip").GET());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(answer.body().length).isLessThan(1400);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).startsWith("{\"items\":[");
        assertThat(answer.headers().firstValue("ETag")).isPresent();

        long[] occurrence = Api.freshOccurrence(false);
        HttpResponse<byte[]> one = api.sendBytes(api.request("/api/v1/occurrences/" + occurrence[0], token)
                .header("Accept-Encoding", "gzip").GET());
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.headers().firstValue("Content-Encoding")).as("one occurrence, written by Jackson").isEmpty();
        assertThat(one.headers().firstValue("Content-Length")).hasValue(String.valueOf(one.body().length));
        assertThat(new String(one.body(), StandardCharsets.UTF_8)).startsWith("{\"id\":" + occurrence[0] + ",");
    }

    @Test
    void aListLongerThanTheAnswerBufferIsSentWithItsLengthAndNotAgainWhenUnchanged() throws Exception {
        Api api = new Api(base);
        String token = api.adminToken();
        HttpResponse<byte[]> list = api.sendBytes(api.request("/api/v1/tasks?limit=20", token).GET());

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body().length).as("longer than the 2 KiB answer buffer").isGreaterThan(2048);
        assertThat(list.headers().firstValue("Content-Length")).hasValue(String.valueOf(list.body().length));
        assertThat(list.headers().firstValue("Transfer-Encoding")).isEmpty();
        String tag = list.headers().firstValue("ETag").orElseThrow();
        assertThat(tag).matches("\"[0-9a-f]{32}\"");

        HttpResponse<byte[]> again = api.sendBytes(api.request("/api/v1/tasks?limit=20", token)
                .header("If-None-Match", tag).GET());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(tag);
    }

    @Test
    void openApiDescribesTheOperations() {
        String document = new HttpJson(base).get("/openapi").body();

        assertThat(document).contains("/api/v1/auth/token", "/api/v1/tasks/{id}", "/api/v1/occurrences",
                "/api/v1/occurrences/{id}/evidence", "/api/v1/me/notifications", "/api/v1/extensions/{id}/decision");
    }

    private static HttpJson.Answer upload(Api api, String token, String path, String etag, String fileName,
                                          String type, byte[] content) throws Exception {
        String boundary = "----par" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = api.request(path + "/evidence", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return api.http.send(request);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static void notify(long officialId, String title, long occurrenceId) throws Exception {
        try (Connection c = TestDatabase.connect();
             PreparedStatement insert = c.prepareStatement("INSERT INTO notification (official_id, created_at, title, "
                     + "body, occurrence_id) VALUES (?, CURRENT_TIMESTAMP(6), ?, ?, ?)")) {
            insert.setLong(1, officialId);
            insert.setString(2, title);
            insert.setString(3, "Nhiệm vụ sắp đến hạn");
            insert.setLong(4, occurrenceId);
            insert.executeUpdate();
        }
    }

    private static int count(String sql) throws Exception {
        try (Connection c = TestDatabase.connect(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
