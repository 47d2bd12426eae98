package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
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
import vn.laichau.par.testsupport.TestDatabase;

/**
 * The alerts' admin API over HTTP: the outbox and its failures, retrying a dead message, a day's preview, the
 * notifier's schedules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AlertAdminIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void onlyAnAdministratorSeesTheOutbox() {
        assertThat(AdminApi.anonymous(base).get("/api/v1/admin/alerts/outbox").status()).isEqualTo(401);
        assertThat(AdminApi.admin(base).newLeader().get("/api/v1/admin/alerts/outbox").status()).isEqualTo(403);
    }

    @Test
    void theOutboxIsPagedAndFiltersByStatus() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long dead = insert("REMINDER/it-" + run + "/1/2030-01-02", "DEAD", "TELEGRAM: 403 Forbidden: bot was blocked");
        long sent = insert("REMINDER/it-" + run + "/2/2030-01-02", "SENT", null);
        AdminApi admin = AdminApi.admin(base);

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            HttpJson.Answer page = admin.get("/api/v1/admin/alerts/outbox?day=2030-01-02&limit=1"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.json().has("next")).isTrue();
            assertThat(page.json().path("items")).hasSizeLessThanOrEqualTo(1);
            page.json().path("items").forEach(item -> seen.add(item.path("id").asLong()));
            cursor = page.json().path("next").isNull() ? null : page.json().path("next").asText();
        } while (cursor != null);
        assertThat(seen).contains(dead, sent).doesNotHaveDuplicates();

        JsonNode deadOnly = admin.get("/api/v1/admin/alerts/outbox?status=DEAD&day=2030-01-02&limit=200").json();
        assertThat(deadOnly.path("items").findValuesAsText("status")).containsOnly("DEAD");
        assertThat(admin.get("/api/v1/admin/alerts/outbox?status=LOST").status()).isEqualTo(400);
    }

    @Test
    void aDeadMessageIsListedAmongTheFailuresAndCanBeRetriedOnce() throws Exception {
        String key = "REMINDER/it-" + UUID.randomUUID().toString().substring(0, 8) + "/1/2030-01-03";
        long dead = insert(key, "DEAD", "TELEGRAM: 400 Bad Request: chat not found");
        AdminApi admin = AdminApi.admin(base);

        List<Long> failures = new ArrayList<>();
        String cursor = null;
        do {
            HttpJson.Answer answer = admin.get("/api/v1/admin/alerts/failures?limit=200"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonNode page = answer.json();
            assertThat(page.has("next")).isTrue();
            page.path("items").forEach(item -> failures.add(item.path("id").asLong()));
            cursor = page.path("next").isNull() ? null : page.path("next").asText();
        } while (cursor != null);
        assertThat(failures).contains(dead);

        JsonNode one = admin.get("/api/v1/admin/alerts/outbox/" + dead).json();
        assertThat(one.path("key").asText()).isEqualTo(key);
        assertThat(one.path("lastError").asText()).contains("chat not found");
        assertThat(one.path("channels").get(0).path("channel").asText()).isEqualTo("TELEGRAM");
        assertThat(one.path("occurrences")).isEmpty();

        HttpJson.Answer retried = admin.postJson("/api/v1/admin/alerts/outbox/" + dead + "/retry", "{}");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().path("status").asText()).isEqualTo("PENDING");
        assertThat(retried.json().path("attempts").asInt()).isZero();

        HttpJson.Answer again = admin.postJson("/api/v1/admin/alerts/outbox/" + dead + "/retry", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().path("type").asText()).isEqualTo("/problems/alert-not-dead");

        HttpJson.Answer missing = admin.postJson("/api/v1/admin/alerts/outbox/987654321/retry", "{}");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theSummaryCountsEveryStatus() {
        JsonNode summary = AdminApi.admin(base).get("/api/v1/admin/alerts/outbox/summary").json();

        assertThat(summary.path("byStatus").fieldNames()).toIterable()
                .contains("PENDING", "CLAIMED", "SENT", "DEAD", "DROPPED");
    }

    @Test
    void aDaysPreviewIsAPageOfRenderedMessagesAndABadDayIsRefused() {
        AdminApi admin = AdminApi.admin(base);

        HttpJson.Answer tomorrow = admin.get("/api/v1/admin/alerts/preview");
        HttpJson.Answer day = admin.get("/api/v1/admin/alerts/preview?day=2026-12-15&limit=5");
        HttpJson.Answer bad = admin.get("/api/v1/admin/alerts/preview?day=15/12/2026");

        assertThat(tomorrow.status()).isEqualTo(200);
        assertThat(tomorrow.json().path("items").isArray()).isTrue();
        assertThat(day.status()).isEqualTo(200);
        assertThat(day.json().path("items")).hasSizeLessThanOrEqualTo(5);
        day.json().path("items").forEach(item -> {
            assertThat(item.path("day").asText()).isEqualTo("2026-12-15");
            assertThat(item.path("text").asText()).isNotBlank();
        });
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }

    @Test
    void thePlanningAndDispatchSchedulesAreRegisteredWithTheirNextFiring() {
        assertThat(AdminApi.anonymous(base).get("/api/v1/admin/alerts/schedules").status()).isEqualTo(401);
        Instant before = Instant.now();

        HttpJson.Answer answer = AdminApi.admin(base).get("/api/v1/admin/alerts/schedules");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("running").isBoolean()).isTrue();
        assertThat(answer.json().path("running").asBoolean())
                .as("the test server runs with par.alerts.scheduled=false: the schedules fire and do nothing")
                .isFalse();
        Map<String, JsonNode> byName = new HashMap<>();
        answer.json().path("schedules").forEach(schedule -> byName.put(schedule.path("name").asText(), schedule));
        assertThat(byName).containsOnlyKeys("alert planning", "alert dispatch");

        JsonNode planning = byName.get("alert planning");
        assertThat(planning.path("expression").asText()).startsWith("0 5 * ").endsWith("Asia/Ho_Chi_Minh");
        ZonedDateTime nextPlanning = Instant.parse(planning.path("nextFiring").asText())
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(nextPlanning.getMinute()).isEqualTo(5);
        assertThat(nextPlanning.getSecond()).isZero();
        assertThat(nextPlanning.toInstant()).isAfter(before.minusSeconds(5))
                .isBefore(before.plus(Duration.ofMinutes(61)));

        JsonNode dispatch = byName.get("alert dispatch");
        assertThat(dispatch.path("expression").asText()).startsWith("*/10 * * ");
        Instant nextDispatch = Instant.parse(dispatch.path("nextFiring").asText());
        assertThat(nextDispatch.atZone(ZoneId.of("UTC")).getSecond() % 10).isZero();
        assertThat(nextDispatch).isAfter(before.minusSeconds(5)).isBefore(Instant.now().plusSeconds(11));
    }

    private static long insert(String key, String status, String error) throws Exception {
        try (Connection c = TestDatabase.connect()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO alert_outbox (alert_key, kind, subject, "
                    + "recipient_id, plan_day, not_before, subject_line, plain_text, telegram_html, status, attempts, "
                    + "next_attempt_at, last_error, created_at) VALUES (?, 'REMINDER', 'daily', 1, ?, "
                    + "'2030-01-02 00:00:00', 'Nhắc hạn', 'Còn 3 ngày làm việc', '<b>Nhắc hạn</b>', ?, 8, "
                    + "'2030-01-02 00:00:00', ?, NOW(6))", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, key);
                s.setString(2, key.substring(key.length() - 10));
                s.setString(3, status);
                s.setString(4, error);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    long id = keys.getLong(1);
                    try (PreparedStatement channel = c.prepareStatement("INSERT INTO alert_outbox_channel "
                            + "(alert_key, position, channel, address) VALUES (?, 0, 'TELEGRAM', '1001')")) {
                        channel.setString(1, key);
                        channel.executeUpdate();
                    }
                    return id;
                }
            }
        }
    }
}
