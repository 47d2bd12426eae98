package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.laichau.par.testsupport.TestDatabase;

/**
 * The monitoring agency's dashboards over HTTP: indicators behind target, on-time rate per agency per year, and
 * every dashboard's ETag with 304 while nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void indicatorsBehindTargetShowTheShortfallAndThoseNotReported() {
        AdminApi admin = AdminApi.admin(base);
        long planId = planId();
        String path = "/api/v1/dashboards/plans/" + planId + "/years/2019/indicators";
        HttpJson.Answer before = admin.get(path);
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        int indicators = (int) AdminApi.count("SELECT COUNT(*) FROM indicator WHERE plan_id = " + planId);
        assertThat(before.json().path("notReported").size() + before.json().path("withoutTarget").asInt())
                .isEqualTo(indicators);

        record(admin, "CT17", 2019, "35");
        record(admin, "CT08", 2019, "70");
        record(admin, "CT22", 2019, "85.5");
        HttpJson.Answer after = admin.get(path);

        JsonNode body = after.json();
        assertThat(body.path("behind")).extracting(i -> i.path("code").asText()).containsExactly("CT17", "CT08");
        JsonNode ct17 = body.path("behind").get(0);
        assertThat(ct17.path("target").decimalValue()).isEqualByComparingTo("40");
        assertThat(ct17.path("symbol").asText()).isEqualTo(">");
        assertThat(ct17.path("actual").decimalValue()).isEqualByComparingTo("35");
        assertThat(ct17.path("shortfall").decimalValue()).isEqualByComparingTo("5");
        assertThat(body.path("behind").get(1).path("shortfall").decimalValue()).isEqualByComparingTo("0");
        assertThat(body.path("met").asInt()).isEqualTo(1);
        assertThat(body.path("withoutTarget").asInt()).as("six of section II, CT32 (2020) and CT33 (2017)").isEqualTo(6 + 2);
        assertThat(body.path("notReported")).extracting(i -> i.path("code").asText())
                .doesNotContain("CT17", "CT08", "CT22", "CT07", "CT19").contains("CT01", "CT21");
        assertThat(body.path("notReported").get(0).has("actual")).isFalse();
        assertThat(body.path("behind").size() + body.path("notReported").size() + body.path("met").asInt()
                + body.path("withoutTarget").asInt()).isEqualTo(indicators);
        assertThat(AdminApi.etag(after)).isNotEqualTo(AdminApi.etag(before));
        assertThat(admin.get(path, AdminApi.etag(before)).status()).isEqualTo(200);
        assertThat(admin.get(path, AdminApi.etag(after)).status()).isEqualTo(304);
        assertThat(admin.get("/api/v1/dashboards/plans/" + planId + "/years/2031/indicators").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/dashboards/plans/999999999/years/2019/indicators").status()).isEqualTo(404);
    }

    @Test
    void onTimeRatesPerAgencyPerYearAgreeWithTheStatusDashboardAndTheData() {
        AdminApi admin = AdminApi.admin(base);
        long planId = planId();

        HttpJson.Answer rates = admin.get("/api/v1/dashboards/plans/" + planId + "/on-time-rates");
        HttpJson.Answer status2018 = admin.get("/api/v1/dashboards/plans/" + planId + "/years/2018/status?by=agency");

        assertThat(rates.status()).as(rates.body()).isEqualTo(200);
        assertThat(rates.json().path("fromYear").asInt()).isEqualTo(2017);
        int lastYear = (int) AdminApi.count("SELECT last_year FROM plan WHERE id = " + planId);
        assertThat(rates.json().path("toYear").asInt()).isEqualTo(lastYear);
        Map<Long, JsonNode> statusRows = new HashMap<>();
        status2018.json().path("rows").forEach(r -> statusRows.put(r.path("id").asLong(), r));
        long agencies2018 = 0;
        long onTime = 0;
        long late = 0;
        for (JsonNode row : rates.json().path("rows")) {
            assertThat(row.path("agency").asText()).isNotBlank();
            for (JsonNode year : row.path("years")) {
                assertThat(year.path("year").asInt()).isBetween(2017, lastYear);
                if (year.path("year").asInt() != 2018) {
                    continue;
                }
                agencies2018++;
                onTime += year.path("onTime").asLong();
                late += year.path("late").asLong();
                JsonNode statusRow = statusRows.get(row.path("agencyId").asLong());
                assertThat(statusRow).as("agency %s in the status dashboard", row.path("agencyId")).isNotNull();
                assertThat(year.path("overdue").asLong()).isEqualTo(statusRow.path("counts").path("OVERDUE").asLong());
                assertThat(year.path("onTimeRate").isMissingNode()).isEqualTo(statusRow.path("onTimeRate").isMissingNode());
                if (!year.path("onTimeRate").isMissingNode()) {
                    assertThat(year.path("onTimeRate").asDouble()).isEqualTo(statusRow.path("onTimeRate").asDouble());
                }
            }
        }
        assertThat(agencies2018).isEqualTo(statusRows.size()).isPositive();
        String occurrences2018 = "FROM occurrence o JOIN task t ON t.id = o.task_id WHERE t.plan_id = " + planId
                + " AND o.plan_year = 2018 AND o.finished_on IS NOT NULL AND o.finished_on ";
        assertThat(onTime).isEqualTo(AdminApi.count("SELECT COUNT(*) " + occurrences2018 + "<= o.due_date"));
        assertThat(late).isEqualTo(AdminApi.count("SELECT COUNT(*) " + occurrences2018 + "> o.due_date"));

        HttpJson.Answer oneYear = admin.get("/api/v1/dashboards/plans/" + planId + "/on-time-rates?from=2019&to=2019");
        assertThat(oneYear.json().path("rows")).allSatisfy(r ->
                assertThat(r.path("years")).extracting(y -> y.path("year").asInt()).containsOnly(2019));
        assertThat(admin.get("/api/v1/dashboards/plans/" + planId + "/on-time-rates?from=2016").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/dashboards/plans/" + planId + "/on-time-rates?from=2020&to=2019").status())
                .isEqualTo(400);
        assertThat(admin.get("/api/v1/dashboards/plans/999999999/on-time-rates").status()).isEqualTo(404);
    }

    @Test
    void onTimeRatesFollowAChangedOccurrenceAtOnce() throws Exception {
        AdminApi admin = AdminApi.admin(base);
        long planId = planId();
        String path = "/api/v1/dashboards/plans/" + planId + "/on-time-rates?from=2018&to=2018";
        long occurrence = AdminApi.count("SELECT o.id FROM occurrence o JOIN task t ON t.id = o.task_id WHERE t.plan_id = "
                + planId + " AND o.plan_year = 2018 AND o.finished_on IS NULL AND o.due_date < CURRENT_DATE "
                + "ORDER BY o.id LIMIT 1");
        long agency = AdminApi.count("SELECT agency_id FROM occurrence WHERE id = " + occurrence);
        HttpJson.Answer before = admin.get(path);
        assertThat(admin.get(path, AdminApi.etag(before)).status()).isEqualTo(304);

        sql("UPDATE occurrence SET finished_on = CURRENT_DATE, progress_percent = 100 WHERE id = " + occurrence);
        HttpJson.Answer finished;
        try {
            finished = admin.get(path);
        } finally {
            sql("UPDATE occurrence SET finished_on = NULL, progress_percent = 0 WHERE id = " + occurrence);
        }
        HttpJson.Answer reopened = admin.get(path);

        assertThat(AdminApi.etag(finished)).isNotEqualTo(AdminApi.etag(before));
        assertThat(year2018(finished, agency).path("late").asLong())
                .isEqualTo(year2018(before, agency).path("late").asLong() + 1);
        assertThat(year2018(finished, agency).path("overdue").asLong())
                .isEqualTo(year2018(before, agency).path("overdue").asLong() - 1);
        assertThat(AdminApi.etag(reopened)).isEqualTo(AdminApi.etag(before));
    }

    @Test
    void finishedWithEvidenceIsCountedPerAreaAndPerAgencyAsTheDatabaseHoldsIt() throws Exception {
        AdminApi admin = AdminApi.admin(base);
        long planId = planId();
        String plan = "/api/v1/dashboards/plans/" + planId + "/years/2018/status?by=";
        long occurrence = AdminApi.count("SELECT o.id FROM occurrence o JOIN task t ON t.id = o.task_id WHERE t.plan_id = "
                + planId + " AND o.plan_year = 2018 AND o.finished_on IS NULL AND o.evidence_count = 0 "
                + "ORDER BY o.id LIMIT 1");
        long area = AdminApi.count("SELECT t.area_id FROM occurrence o JOIN task t ON t.id = o.task_id WHERE o.id = "
                + occurrence);
        long agency = AdminApi.count("SELECT agency_id FROM occurrence WHERE id = " + occurrence);
        HttpJson.Answer areasBefore = admin.get(plan + "area");
        HttpJson.Answer agenciesBefore = admin.get(plan + "agency");
        assertEvidenceCountsMatchTheDatabase(planId, areasBefore, "t.area_id");
        assertEvidenceCountsMatchTheDatabase(planId, agenciesBefore, "o.agency_id");

        sql("UPDATE occurrence SET evidence_count = evidence_count + 1, finished_on = due_date WHERE id = " + occurrence);
        HttpJson.Answer areas;
        HttpJson.Answer agencies;
        try {
            areas = admin.get(plan + "area");
            agencies = admin.get(plan + "agency");
            assertEvidenceCountsMatchTheDatabase(planId, areas, "t.area_id");
            assertEvidenceCountsMatchTheDatabase(planId, agencies, "o.agency_id");
        } finally {
            sql("UPDATE occurrence SET evidence_count = evidence_count - 1, finished_on = NULL WHERE id = " + occurrence);
        }
        assertThat(row(areas, area).path("finishedWithEvidence").asLong())
                .isEqualTo(row(areasBefore, area).path("finishedWithEvidence").asLong() + 1);
        assertThat(row(agencies, agency).path("finishedWithEvidence").asLong())
                .isEqualTo(row(agenciesBefore, agency).path("finishedWithEvidence").asLong() + 1);
        assertThat(AdminApi.etag(areas)).isNotEqualTo(AdminApi.etag(areasBefore));
        for (JsonNode r : agencies.json().path("rows")) {
            JsonNode counts = r.path("counts");
            assertThat(r.path("finishedWithEvidence").asLong()).isLessThanOrEqualTo(counts.path("FINISHED_EARLY").asLong()
                    + counts.path("FINISHED_ON_TIME").asLong() + counts.path("FINISHED_LATE").asLong());
        }
    }

    @Test
    void monthsOfAPlanYearCountWhatIsDueFinishedWithEvidenceAndOverdueAsTheDatabaseHoldsIt() throws Exception {
        AdminApi admin = AdminApi.admin(base);
        long planId = planId();
        String path = "/api/v1/dashboards/plans/" + planId + "/years/2018/months";
        long occurrence = AdminApi.count("SELECT o.id FROM occurrence o JOIN task t ON t.id = o.task_id WHERE t.plan_id = "
                + planId + " AND o.plan_year = 2018 AND YEAR(o.due_date) = 2018 AND o.finished_on IS NULL "
                + "AND o.evidence_count = 0 ORDER BY o.id LIMIT 1");
        int month = (int) AdminApi.count("SELECT MONTH(due_date) FROM occurrence WHERE id = " + occurrence);
        HttpJson.Answer before = admin.get(path);
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertMonthsMatchTheDatabase(planId, before);

        sql("UPDATE occurrence SET evidence_count = evidence_count + 1, finished_on = due_date WHERE id = " + occurrence);
        HttpJson.Answer after;
        try {
            after = admin.get(path);
            assertMonthsMatchTheDatabase(planId, after);
        } finally {
            sql("UPDATE occurrence SET evidence_count = evidence_count - 1, finished_on = NULL WHERE id = " + occurrence);
        }
        assertThat(after.json().path("months").get(month - 1).path("finishedWithEvidence").asLong())
                .isEqualTo(before.json().path("months").get(month - 1).path("finishedWithEvidence").asLong() + 1);
        assertThat(AdminApi.etag(after)).isNotEqualTo(AdminApi.etag(before));

        long dueInYear = 0;
        for (JsonNode m : before.json().path("months")) {
            dueInYear += m.path("due").asLong();
        }
        assertThat(dueInYear).isPositive();
        assertThat(dueInYear + before.json().path("otherYearsDue").asLong()).isEqualTo(AdminApi.count(
                "SELECT COUNT(*) FROM occurrence o JOIN task t ON t.id = o.task_id WHERE t.plan_id = " + planId
                        + " AND o.plan_year = 2018"));
        assertThat(admin.get("/api/v1/dashboards/plans/" + planId + "/years/1800/months").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/dashboards/plans/999999999/years/2018/months").status()).isEqualTo(404);
        Api api = new Api(base);
        String official = api.newOfficial("official", AdminApi.count("SELECT id FROM agency WHERE code = 'SO_TU_PHAP'"));
        assertThat(api.get(path, official).status()).isEqualTo(403);
    }

    private static void assertMonthsMatchTheDatabase(long planId, HttpJson.Answer answer) {
        JsonNode months = answer.json().path("months");
        assertThat(months.size()).isEqualTo(12);
        String of = "FROM occurrence o JOIN task t ON t.id = o.task_id WHERE t.plan_id = " + planId
                + " AND o.plan_year = 2018 AND ";
        for (int m = 1; m <= 12; m++) {
            JsonNode month = months.get(m - 1);
            String in = of + "YEAR(o.due_date) = 2018 AND MONTH(o.due_date) = " + m;
            assertThat(month.path("month").asInt()).isEqualTo(m);
            assertThat(month.path("due").asLong()).as("due in %d", m).isEqualTo(AdminApi.count("SELECT COUNT(*) " + in));
            assertThat(month.path("finished").asLong()).as("finished in %d", m)
                    .isEqualTo(AdminApi.count("SELECT COUNT(*) " + in + " AND o.finished_on IS NOT NULL"));
            assertThat(month.path("finishedWithEvidence").asLong()).as("with evidence in %d", m).isEqualTo(AdminApi.count(
                    "SELECT COUNT(*) " + in + " AND o.finished_on IS NOT NULL AND o.evidence_count > 0"));
            assertThat(month.path("overdue").asLong()).as("overdue in %d", m).isEqualTo(AdminApi.count(
                    "SELECT COUNT(*) " + in + " AND o.finished_on IS NULL AND o.due_date < CURRENT_DATE"));
        }
        assertThat(answer.json().path("otherYearsDue").asLong())
                .isEqualTo(AdminApi.count("SELECT COUNT(*) " + of + "YEAR(o.due_date) <> 2018"));
    }

    private static void assertEvidenceCountsMatchTheDatabase(long planId, HttpJson.Answer answer, String group) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Map<Long, Long> expected = new HashMap<>();
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT " + group + ", SUM(o.finished_on IS NOT NULL AND "
                     + "o.evidence_count > 0) FROM occurrence o JOIN task t ON t.id = o.task_id WHERE t.plan_id = "
                     + planId + " AND o.plan_year = 2018 GROUP BY " + group)) {
            while (r.next()) {
                expected.put(r.getLong(1), r.getLong(2));
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        Map<Long, Long> shown = new HashMap<>();
        answer.json().path("rows").forEach(r -> shown.put(r.path("id").asLong(), r.path("finishedWithEvidence").asLong()));
        assertThat(shown).isEqualTo(expected);
    }

    private static JsonNode row(HttpJson.Answer answer, long id) {
        for (JsonNode r : answer.json().path("rows")) {
            if (r.path("id").asLong() == id) {
                return r;
            }
        }
        throw new AssertionError("row " + id + " missing: " + answer.body());
    }

    /**
     * Every pooled connection held by a request for an answer that must be computed again: one request computes
     * it while the others wait, and the computing one needs no connection beyond its own, so all are answered.
     * (Reads once took a fresh connection each: the computing request asked for a second one while the waiting
     * requests held the rest, and all of them waited for the pool's time-out.) The tables behind the data stamp
     * are locked until every pooled connection is taken by a request reading it.
     */
    @Test
    void requestsHoldingEveryPooledConnectionForAnAnswerToComputeAreAllAnswered() throws Exception {
        AdminApi admin = AdminApi.admin(base);
        long planId = planId();
        String path = "/api/v1/dashboards/plans/" + planId + "/years/2019/overdue";
        assertThat(admin.get(path).status()).isEqualTo(200);
        int pooled = ApplicationDeployment.maxPoolSize();
        int requests = 2 * pooled;
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        try (Connection lock = TestDatabase.connect(); Statement statement = lock.createStatement()) {
            statement.executeUpdate("UPDATE plan SET updated_at = CURRENT_TIMESTAMP(6) WHERE id = " + planId);
            statement.execute("LOCK TABLES occurrence WRITE, task WRITE, agency WRITE, plan WRITE");
            List<Future<HttpJson.Answer>> answers = new ArrayList<>();
            try {
                for (int i = 0; i < requests; i++) {
                    answers.add(clients.submit(() -> admin.getOverHttp1(path)));
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (waitingForTheLock() < pooled) {
                    assertThat(System.nanoTime()).as("requests reading the data stamp, each on a pooled connection")
                            .isLessThan(deadline);
                    Thread.sleep(100);
                }
            } finally {
                statement.execute("UNLOCK TABLES");
            }
            // computed in milliseconds once the tables are unlocked; a request short of a connection would wait
            // for the pool's time-out
            long answeredBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            for (Future<HttpJson.Answer> answer : answers) {
                HttpJson.Answer got = answer.get(Math.max(0, answeredBy - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertThat(got.status()).as(got.body()).isEqualTo(200);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private static int waitingForTheLock() {
        return (int) AdminApi.count("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                + "WHERE STATE LIKE 'Waiting for table%'");
    }

    @Test
    void everyDashboardAnswersWithAnETagAnd304WhileNothingChanged() {
        AdminApi admin = AdminApi.admin(base);
        AdminApi leader = admin.newLeader();
        long planId = planId();
        String plan = "/api/v1/dashboards/plans/" + planId;
        List<String> dashboards = List.of(plan + "/years/2018/status?by=area", plan + "/years/2018/status?by=agency",
                plan + "/years/2018/overdue", plan + "/years/2018/months", plan + "/years/2018/indicators",
                plan + "/on-time-rates",
                "/api/v1/dashboards/par-index");

        for (String path : dashboards) {
            HttpJson.Answer first = leader.get(path);
            assertThat(first.status()).as(path + " " + first.body()).isEqualTo(200);
            String etag = AdminApi.etag(first);
            HttpJson.Answer again = leader.get(path, etag);
            assertThat(again.status()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
            assertThat(leader.get(path, "\"not-the-tag\"").status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aKeptDashboardIsSentWithItsLengthCompressedOrNotAndTheSameContentEitherWay() throws Exception {
        AdminApi leader = AdminApi.admin(base).newLeader();
        String plan = "/api/v1/dashboards/plans/" + planId();
        int compressedSeen = 0;
        for (String path : List.of(plan + "/on-time-rates", plan + "/years/2018/status?by=agency",
                plan + "/years/2018/overdue", plan + "/years/2018/months")) {
            java.net.http.HttpResponse<byte[]> plain = leader.getBytes(path);
            assertThat(plain.statusCode()).as(path).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/json");
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(plain.headers().firstValue("Content-Length")).as(path)
                    .hasValue(Integer.toString(plain.body().length));
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(plain.body()).isObject()).as(path)
                    .isTrue();

            java.net.http.HttpResponse<byte[]> gzip = leader.getBytes(path, "Accept-Encoding", "gzip");
            java.net.http.HttpResponse<byte[]> again = leader.getBytes(path, "Accept-Encoding", "gzip");
            assertThat(gzip.headers().firstValue("ETag")).as(path).isEqualTo(plain.headers().firstValue("ETag"));
            assertThat(gzip.headers().firstValue("Content-Length")).as(path)
                    .hasValue(Integer.toString(gzip.body().length));
            assertThat(gzip.headers().allValues("Vary")).as(path).contains("Accept-Encoding");
            assertThat(again.body()).as(path + ": sent again as it was").isEqualTo(gzip.body());
            if (plain.body().length >= 1400) {
                compressedSeen++;
                assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
                assertThat(gzip.body().length).as(path).isLessThan(plain.body().length);
                assertThat(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body()))
                        .readAllBytes()).as(path).isEqualTo(plain.body());
            } else {
                assertThat(gzip.headers().firstValue("Content-Encoding")).as(path + ": below one packet").isEmpty();
                assertThat(gzip.body()).as(path).isEqualTo(plain.body());
            }
        }
        assertThat(compressedSeen).as("dashboards large enough to be compressed").isPositive();
    }

    @Test
    void officialsAndStrangersDoNotSeeDashboards() {
        AdminApi admin = AdminApi.admin(base);
        Api api = new Api(base);
        String official = api.newOfficial("official", AdminApi.count("SELECT id FROM agency WHERE code = 'SO_TU_PHAP'"));
        long planId = planId();

        assertThat(api.get("/api/v1/dashboards/plans/" + planId + "/years/2018/indicators", official).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/dashboards/plans/" + planId + "/on-time-rates", official).status()).isEqualTo(403);
        assertThat(AdminApi.anonymous(base).get("/api/v1/dashboards/plans/" + planId + "/on-time-rates").status())
                .isEqualTo(401);
        assertThat(admin.get("/api/v1/dashboards/plans/" + planId + "/on-time-rates").status()).isEqualTo(200);
    }

    private static JsonNode year2018(HttpJson.Answer answer, long agency) {
        for (JsonNode row : answer.json().path("rows")) {
            if (row.path("agencyId").asLong() == agency) {
                return row.path("years").get(0);
            }
        }
        throw new AssertionError("agency " + agency + " missing: " + answer.body());
    }

    private static void sql(String update) throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.executeUpdate(update);
        }
    }

    private static long planId() {
        return AdminApi.count("SELECT id FROM plan WHERE number = '447/KH-UBND'");
    }

    private static void record(AdminApi admin, String code, int year, String value) {
        long id = AdminApi.count("SELECT i.id FROM indicator i JOIN plan p ON p.id = i.plan_id "
                + "WHERE p.number = '447/KH-UBND' AND i.code = '" + code + "'");
        HttpJson.Answer answer = admin.putJson("/api/v1/indicators/" + id + "/values/" + year,
                "{\"value\":" + value + ",\"source\":\"Báo cáo kết quả CCHC năm " + year + "\"}", null, "*");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }
}
