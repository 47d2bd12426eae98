package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role × write matrix: every write operation of {@code /api/v1} (each POST, PUT, PATCH and DELETE of the
 * served OpenAPI document), sent by each kind of caller, answers the status the matrix expects. A status in the
 * 2xx, or a 4xx that comes after the authorisation (400 for a body refused on purpose, 404 for an id that does not
 * exist, 409/412 for a state refused on purpose), shows the caller was let through; 401 and 403 that they were
 * not. The fixtures (accounts, agencies, an extension request, an import draft) are made through the API; the
 * occurrences are open ones of the shipped plan found through the API. A write operation of the OpenAPI document
 * that has no row here fails the test, so a new endpoint cannot go out without its row.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleWriteMatrixIT {

    /** Who calls. */
    enum Caller {
        ANONYMOUS, FOREIGN_OFFICIAL, OWNING_OFFICIAL, LEADER, ADMIN
    }

    /** One row: the operation as the OpenAPI document names it, the expected status per caller, the request. */
    record Row(String operation, Map<Caller, Integer> expected, Function<String, HttpJson.Answer> send) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAR_INDEX_FILE = "area_no\tarea_name\tcomponent_code\tcomponent_name\tmax_points\t"
            + "scoring\n3\tThủ tục hành chính\t3\tCả lĩnh vực\t13\tEVIDENCE\n";
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api api;
    private String admin;
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

    @Test
    void everyWriteOperationAnswersEachCallerAsTheMatrixSays() throws Exception {
        api = new Api(base);
        admin = api.adminToken();
        List<Row> rows = matrix();

        Set<String> served = servedWriteOperations();
        Set<String> inMatrix = new TreeSet<>();
        rows.forEach(row -> inMatrix.add(row.operation()));
        assertThat(served).as("write operations of /openapi").hasSizeGreaterThan(30);
        assertThat(inMatrix).as("write operations without a row in the matrix").containsAll(served);
        assertThat(served).as("rows for operations the server does not serve").containsAll(inMatrix);

        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Row row : rows) {
            assertThat(row.expected().keySet()).as(row.operation()).containsExactlyInAnyOrder(Caller.values());
            for (Caller caller : Caller.values()) {
                HttpJson.Answer answer = row.send().apply(tokens.get(caller));
                cells++;
                int expected = row.expected().get(caller);
                if (answer.status() != expected) {
                    wrong.add(row.operation() + " as " + caller + ": expected " + expected + ", got "
                            + answer.status() + " " + abbreviated(answer.body()));
                }
                if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")
                        && !row.operation().endsWith("/telegram/webhook")) {
                    wrong.add(row.operation() + " as " + caller + ": " + answer.status() + " is not problem+json");
                }
            }
        }
        assertThat(wrong).as("cells of the matrix that do not hold").isEmpty();
        assertThat(cells).isEqualTo(rows.size() * Caller.values().length);
    }

    /** The caller's order matters: refused callers first, so that an allowed write cannot change their answer. */
    private List<Row> matrix() throws Exception {
        JsonNode work = openOccurrences();
        long owningAgency = work.path("agency").asLong();
        long progressOccurrence = work.path("plain").get(0).asLong();
        long evidenceOccurrence = work.path("plain").get(1).asLong();
        long extensionOccurrence = work.path("plain").get(2).asLong();
        long decidedOccurrence = work.path("plain").get(3).asLong();
        long unfinishable = work.path("evidenceRequired").asLong();
        long foreignAgency = newAgency("Ban Ngoài");

        tokens.put(Caller.ANONYMOUS, null);
        tokens.put(Caller.FOREIGN_OFFICIAL, api.newOfficial("official", foreignAgency));
        String owning = api.newOfficial("official", owningAgency);
        tokens.put(Caller.OWNING_OFFICIAL, owning);
        tokens.put(Caller.LEADER, api.newOfficial("leader", foreignAgency));
        tokens.put(Caller.ADMIN, admin);

        long extension = requestExtension(owning, decidedOccurrence);
        long official = accountId(api.newAccount("official", foreignAgency));
        long deactivated = accountId(api.newAccount("official", foreignAgency));
        send("POST", "/api/v1/officials/" + deactivated + "/deactivation", admin, etagOf("/api/v1/officials/"
                + deactivated), null);
        long endable = newAgency("Ban Kết thúc");
        long ended = newAgency("Ban Đã kết thúc");
        send("POST", "/api/v1/agencies/" + ended + "/deactivation", admin, etagOf("/api/v1/agencies/" + ended), "{}");
        long draft = importDraft();
        long draftRow = JSON.readTree(api.get("/api/v1/plan-imports/" + draft, admin).body()).path("rows").get(0)
                .path("id").asLong();
        long plan = api.get("/api/v1/plans?limit=1", admin).json().path("items").get(0).path("id").asLong();
        String occurrences = "/api/v1/occurrences/";
        long component = api.send("POST", "/api/v1/par-index/versions?code=MX-" + suffix()
                + "&name=Ma%20tr%E1%BA%ADn&firstYear=2022&fileName=m.tsv", admin, null, PAR_INDEX_FILE).json()
                .path("components").get(0).path("id").asLong();

        List<Row> rows = new ArrayList<>();
        // Signing in: anyone.
        rows.add(row("POST /api/v1/auth/token", all(200), token -> api.send("POST", "/api/v1/auth/token", token, null,
                "{\"username\":\"" + Api.ADMIN + "\",\"password\":\"" + Api.ADMIN_PASSWORD + "\"}")));
        rows.add(row("POST /api/v1/auth/refresh", all(401), token -> api.send("POST", "/api/v1/auth/refresh", token,
                null, "{\"refreshToken\":\"no-such-token\"}")));
        rows.add(row("POST /api/v1/auth/revoke", all(204), token -> api.send("POST", "/api/v1/auth/revoke", token, null,
                "{\"refreshToken\":\"no-such-token\"}")));
        rows.add(row("POST /api/v1/auth/session", all(200), token -> api.send("POST", "/api/v1/auth/session", token,
                null, "{\"username\":\"" + Api.ADMIN + "\",\"password\":\"" + Api.ADMIN_PASSWORD + "\"}")));
        rows.add(row("POST /api/v1/auth/session/refresh", all(401), token -> api.http.send(
                api.request("/api/v1/auth/session/refresh", token).header("X-Requested-With", "test")
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()))));
        rows.add(row("DELETE /api/v1/auth/session", all(204), token -> api.http.send(
                api.request("/api/v1/auth/session", token).header("X-Requested-With", "test").DELETE())));
        rows.add(row("POST /api/v1/telegram/webhook", all(401), token -> api.send("POST", "/api/v1/telegram/webhook",
                token, null, "{\"update_id\":1}")));
        // Oneself: every signed-in caller.
        rows.add(row("POST /api/v1/me/notifications/{id}/read", signedIn(404), token -> api.send("POST",
                "/api/v1/me/notifications/999999999/read", token, null, null)));
        rows.add(row("POST /api/v1/me/telegram-link-code", signedIn(200), token -> api.send("POST",
                "/api/v1/me/telegram-link-code", token, null, null)));
        rows.add(row("PUT /api/v1/me/alert-channels", signedIn(200), token -> api.send("PUT",
                "/api/v1/me/alert-channels", token, null, "{\"channels\":[\"zalo\",\"telegram\"]}")));
        rows.add(row("POST /api/v1/zalo/webhook", all(401), token -> api.send("POST", "/api/v1/zalo/webhook", token,
                null, "{\"event_name\":\"message.text.received\"}")));
        // An agency's own report sections: its officials (the first write), admins (then stale: they exist).
        rows.add(row("PUT /api/v1/reports/plans/{planId}/written-sections", statuses(401, 403, 200, 403, 412),
                token -> http(api.request("/api/v1/reports/plans/" + plan + "/written-sections?agencyId="
                        + owningAgency, token).header("Content-Type", "application/json").header("If-None-Match", "*")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"difficulties\":\"Thiếu cán bộ\"}",
                                StandardCharsets.UTF_8)))));
        // The work of an occurrence: its agency's officials and admins.
        rows.add(row("POST /api/v1/occurrences/{id}/progress", owningAgency(201), token -> api.send("POST",
                occurrences + progressOccurrence + "/progress", token, etagOf(occurrences + progressOccurrence),
                "{\"percent\":10,\"note\":\"Đang triển khai\"}")));
        rows.add(row("POST /api/v1/occurrences/{id}/finish", owningAgency(409), token -> api.send("POST",
                occurrences + unfinishable + "/finish", token, etagOf(occurrences + unfinishable), null)));
        rows.add(row("POST /api/v1/occurrences/{id}/evidence", owningAgency(201), token -> upload(token,
                occurrences + evidenceOccurrence + "/evidence", etagOf(occurrences + evidenceOccurrence))));
        // The owning official's request is still pending when the admin asks: one pending request per occurrence.
        rows.add(row("POST /api/v1/occurrences/{id}/extensions", statuses(401, 403, 201, 403, 409), token -> api.send("POST",
                occurrences + extensionOccurrence + "/extensions", token, etagOf(occurrences + extensionOccurrence),
                "{\"newDueDate\":\"" + laterThan(extensionOccurrence) + "\",\"reason\":\"Chờ thẩm định\"}")));
        // Administrators (and, for a preview that writes nothing, leaders).
        rows.add(row("POST /api/v1/extensions/{id}/decision", adminOnly(200), token -> api.send("POST",
                "/api/v1/extensions/" + extension + "/decision", token, etagOf("/api/v1/extensions/" + extension),
                "{\"decision\":\"REJECT\",\"reference\":\"Văn bản số 1/SNV\"}")));
        rows.add(row("POST /api/v1/agencies", adminOnly(201), token -> api.send("POST", "/api/v1/agencies", token,
                null, "{\"code\":\"MX_" + suffix() + "\",\"name\":\"Ban Ma trận " + suffix() + "\",\"kind\":\"OTHER\"}")));
        rows.add(row("PUT /api/v1/agencies/{id}", adminOnly(200), token -> api.send("PUT", "/api/v1/agencies/"
                + endable, token, etagOf("/api/v1/agencies/" + endable), "{\"name\":\"Ban Đổi tên " + suffix()
                + "\",\"kind\":\"OTHER\"}")));
        rows.add(row("POST /api/v1/agencies/{id}/deactivation", adminOnly(200), token -> api.send("POST",
                "/api/v1/agencies/" + endable + "/deactivation", token, etagOf("/api/v1/agencies/" + endable), "{}")));
        rows.add(row("POST /api/v1/agencies/{id}/reactivation", adminOnly(200), token -> api.send("POST",
                "/api/v1/agencies/" + ended + "/reactivation", token, etagOf("/api/v1/agencies/" + ended), null)));
        rows.add(row("POST /api/v1/officials", adminOnly(201), token -> api.send("POST", "/api/v1/officials", token,
                null, "{\"username\":\"mx-" + suffix().toLowerCase(Locale.ROOT) + "\",\"displayName\":\"Cán bộ ma trận\","
                        + "\"agencyId\":" + foreignAgency + ",\"roles\":[\"official\"],\"password\":\"" + Api.PASSWORD
                        + "\"}")));
        rows.add(row("PUT /api/v1/officials/{id}", adminOnly(200), token -> api.send("PUT", "/api/v1/officials/"
                + official, token, etagOf("/api/v1/officials/" + official), "{\"displayName\":\"Cán bộ đổi tên\","
                + "\"agencyId\":" + foreignAgency + ",\"roles\":[\"official\"]}")));
        rows.add(row("POST /api/v1/officials/{id}/password", adminOnly(204), token -> api.send("POST",
                "/api/v1/officials/" + official + "/password", token, etagOf("/api/v1/officials/" + official),
                "{\"password\":\"" + Api.PASSWORD + "\"}")));
        rows.add(row("POST /api/v1/officials/{id}/telegram-link-code", adminOnly(200), token -> api.send("POST",
                "/api/v1/officials/" + official + "/telegram-link-code", token, null, null)));
        rows.add(row("POST /api/v1/officials/{id}/deactivation", adminOnly(200), token -> api.send("POST",
                "/api/v1/officials/" + official + "/deactivation", token, etagOf("/api/v1/officials/" + official),
                null)));
        rows.add(row("POST /api/v1/officials/{id}/reactivation", adminOnly(200), token -> api.send("POST",
                "/api/v1/officials/" + deactivated + "/reactivation", token, etagOf("/api/v1/officials/"
                        + deactivated), null)));
        rows.add(row("POST /api/v1/plan-imports", adminOnly(400), token -> api.send("POST", "/api/v1/plan-imports",
                token, null, null)));
        rows.add(row("PATCH /api/v1/plan-imports/{id}/rows/{rowId}", adminOnly(200), token -> api.send("PATCH",
                "/api/v1/plan-imports/" + draft + "/rows/" + draftRow, token, etagOf("/api/v1/plan-imports/" + draft),
                "{\"leadText\":\"Sở Nội vụ\",\"manualDate\":\"2026-11-30\",\"manualReason\":\"Công văn 12/SNV\"}")));
        rows.add(row("POST /api/v1/plan-imports/{id}/acceptance", adminOnly(412), token -> api.send("POST",
                "/api/v1/plan-imports/" + draft + "/acceptance", token, "\"0\"", "{\"number\":\"99/KH-MX\","
                        + "\"title\":\"Ma trận\",\"issuer\":\"UBND tỉnh Lai Châu\",\"issuedOn\":\"2026-04-18\","
                        + "\"firstYear\":2026,\"lastYear\":2026}")));
        rows.add(row("DELETE /api/v1/plan-imports/{id}", adminOnly(204), token -> api.send("DELETE",
                "/api/v1/plan-imports/" + draft, token, null, null)));
        rows.add(row("POST /api/v1/plans/{planId}/years", adminOnly(409), token -> api.send("POST", "/api/v1/plans/"
                + plan + "/years", token, null, "{\"year\":1900}")));
        rows.add(row("POST /api/v1/plans/{planId}/copies", adminOnly(400), token -> api.send("POST", "/api/v1/plans/"
                + plan + "/copies", token, null, "{}")));
        rows.add(row("POST /api/v1/deadlines/preview", statuses(401, 403, 403, 400, 400), token -> api.send("POST",
                "/api/v1/deadlines/preview", token, null, null)));
        long eventTask = AdminApi.count("SELECT t.id FROM task t JOIN plan p ON p.id = t.plan_id "
                + "WHERE p.number = '447/KH-UBND' AND t.code = 'III.1.3'");
        boolean owningLeadsIt = owningAgency == AdminApi.count("SELECT id FROM agency WHERE code = 'SO_TU_PHAP'");
        rows.add(row("POST /api/v1/tasks/{id}/events", owningLeadsIt ? statuses(401, 403, 201, 403, 409)
                : statuses(401, 403, 403, 403, 201), token -> api.send("POST", "/api/v1/tasks/" + eventTask
                + "/events", token, null, "{\"eventDate\":\"2018-03-05\"}")));
        rows.add(row("POST /api/v1/par-index/versions", adminOnly(201), token -> api.send("POST",
                "/api/v1/par-index/versions?code=MX-" + suffix() + "&name=Ma%20tr%E1%BA%ADn&firstYear=2022&fileName=m.tsv",
                token, null, PAR_INDEX_FILE)));
        rows.add(row("PUT /api/v1/par-index/components/{id}/tasks", adminOnly(200), token -> api.send("PUT",
                "/api/v1/par-index/components/" + component + "/tasks", token, null, "{\"taskIds\":[]}")));
        rows.add(row("PUT /api/v1/par-index/components/{id}/indicators", adminOnly(200), token -> api.send("PUT",
                "/api/v1/par-index/components/" + component + "/indicators", token, null, "{\"indicatorIds\":[]}")));
        rows.add(row("PUT /api/v1/indicators/{id}/values/{year}", adminOnly(404), token -> api.send("PUT",
                "/api/v1/indicators/999999999/values/2026", token, "\"0\"", "{\"value\":1}")));
        rows.add(row("POST /api/v1/par-index-results", adminOnly(400), token -> api.send("POST",
                "/api/v1/par-index-results", token, null, "{}")));
        rows.add(row("PUT /api/v1/par-index-results/{id}", adminOnly(404), token -> api.send("PUT",
                "/api/v1/par-index-results/999999999", token, "\"0\"", "{\"score\":80,\"rank\":10,\"rankedOutOf\":63}")));
        rows.add(row("POST /api/v1/calendar/adjustments", adminOnly(400), token -> api.send("POST",
                "/api/v1/calendar/adjustments", token, null, "{}")));
        rows.add(row("DELETE /api/v1/calendar/adjustments/{date}", adminOnly(404), token -> api.send("DELETE",
                "/api/v1/calendar/adjustments/2031-03-03", token, null, null)));
        rows.add(row("POST /api/v1/admin/alerts/outbox/{id}/retry", adminOnly(404), token -> api.send("POST",
                "/api/v1/admin/alerts/outbox/999999999/retry", token, null, null)));
        rows.add(row("DELETE /api/v1/admin/sign-in-delays", adminOnly(200), token -> api.send("DELETE",
                "/api/v1/admin/sign-in-delays?username=khong-co-ai", token, null, null)));
        return rows;
    }

    private static Row row(String operation, Map<Caller, Integer> expected, Function<String, HttpJson.Answer> send) {
        return new Row(operation, expected, send);
    }

    private static Map<Caller, Integer> all(int status) {
        return statuses(status, status, status, status, status);
    }

    private static Map<Caller, Integer> signedIn(int status) {
        return statuses(401, status, status, status, status);
    }

    private static Map<Caller, Integer> owningAgency(int status) {
        return statuses(401, 403, status, 403, status);
    }

    private static Map<Caller, Integer> adminOnly(int status) {
        return statuses(401, 403, 403, 403, status);
    }

    private static Map<Caller, Integer> statuses(int anonymous, int foreign, int owning, int leader, int admin) {
        Map<Caller, Integer> map = new EnumMap<>(Caller.class);
        map.put(Caller.ANONYMOUS, anonymous);
        map.put(Caller.FOREIGN_OFFICIAL, foreign);
        map.put(Caller.OWNING_OFFICIAL, owning);
        map.put(Caller.LEADER, leader);
        map.put(Caller.ADMIN, admin);
        return map;
    }

    private HttpJson.Answer send(String method, String path, String token, String etag, String json) {
        return api.send(method, path, token, etag, json);
    }

    private HttpJson.Answer http(HttpRequest.Builder request) {
        return api.http.send(request);
    }

    private String etagOf(String path) {
        return Api.etag(api.get(path, admin));
    }

    /**
     * An agency with five open occurrences nobody touched, one of them asking for evidence:
     * {@code {agency, plain: [ids], evidenceRequired: id}}; the occurrences are claimed so no other test uses them.
     */
    private JsonNode openOccurrences() {
        Map<Long, List<JsonNode>> byAgency = new LinkedHashMap<>();
        String cursor = null;
        for (int page = 0; page < 20; page++) {
            JsonNode answer = api.get("/api/v1/occurrences?status=OPEN&limit=200"
                    + (cursor == null ? "" : "&cursor=" + cursor), admin).json();
            for (JsonNode o : answer.path("items")) {
                if (o.path("progressPercent").asInt() == 0 && o.path("evidenceCount").asInt() == 0) {
                    byAgency.computeIfAbsent(o.path("agencyId").asLong(), a -> new ArrayList<>()).add(o);
                }
            }
            for (Map.Entry<Long, List<JsonNode>> agency : byAgency.entrySet()) {
                List<JsonNode> plain = new ArrayList<>();
                JsonNode evidence = null;
                for (JsonNode o : agency.getValue()) {
                    if (evidence == null && o.path("evidenceRequired").asBoolean() && Api.claim(o.path("id").asLong())) {
                        evidence = o;
                    } else if (plain.size() < 4 && Api.claim(o.path("id").asLong())) {
                        plain.add(o);
                    }
                }
                if (evidence != null && plain.size() == 4) {
                    com.fasterxml.jackson.databind.node.ObjectNode found = JSON.createObjectNode();
                    found.put("agency", agency.getKey());
                    plain.forEach(o -> found.withArray("plain").add(o.path("id").asLong()));
                    found.put("evidenceRequired", evidence.path("id").asLong());
                    return found;
                }
            }
            cursor = answer.path("next").isTextual() ? answer.path("next").asText() : null;
            if (cursor == null) {
                break;
            }
        }
        throw new AssertionError("no agency with four untouched open occurrences and one asking for evidence");
    }

    private String laterThan(long occurrence) {
        LocalDate due = LocalDate.parse(api.get("/api/v1/occurrences/" + occurrence, admin).json().path("dueDate")
                .asText());
        return due.plusDays(30).toString();
    }

    private long requestExtension(String owning, long occurrence) {
        HttpJson.Answer asked = api.send("POST", "/api/v1/occurrences/" + occurrence + "/extensions", owning,
                etagOf("/api/v1/occurrences/" + occurrence), "{\"newDueDate\":\"" + laterThan(occurrence)
                        + "\",\"reason\":\"Chờ ý kiến thẩm định\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json().path("id").asLong();
    }

    private long newAgency(String name) {
        String suffix = suffix();
        HttpJson.Answer created = api.post("/api/v1/agencies", admin, "{\"code\":\"MX_" + suffix + "\",\"name\":\""
                + name + " " + suffix + "\",\"kind\":\"OTHER\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private long accountId(String username) {
        return api.get("/api/v1/me", api.token(username, Api.PASSWORD)).json().path("official").path("id").asLong();
    }

    private long importDraft() {
        String csv = "STT,Nhiệm vụ,Đơn vị chủ trì,Đơn vị phối hợp,Thời gian hoàn thành,Tài liệu kiểm chứng\n"
                + "I,CÔNG TÁC CHỈ ĐẠO,,,,\n1,Kế hoạch CCHC ma trận,Sở Nội vụ,,Trước 20/12 hằng năm,Kế hoạch\n";
        HttpJson.Answer uploaded = api.http.send(api.request("/api/v1/plan-imports?fileName=ma-tran.csv", admin)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.json().path("id").asLong();
    }

    private HttpJson.Answer upload(String token, String path, String etag) {
        String boundary = "----par" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"bao-cao.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 ma tran\r\n--" + boundary
                + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = api.request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return api.http.send(request);
    }

    private Set<String> servedWriteOperations() throws Exception {
        HttpJson.Answer answer = api.http.send(HttpRequest.newBuilder(api.http.uri("/openapi"))
                .header("Accept", "application/json").GET());
        assertThat(answer.status()).isEqualTo(200);
        JsonNode paths = JSON.readTree(answer.body()).path("paths");
        Set<String> operations = new TreeSet<>();
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String path = names.next();
            paths.path(path).fieldNames().forEachRemaining(method -> {
                if (WRITES.contains(method) && path.startsWith("/api/v1/")) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            });
        }
        return operations;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
