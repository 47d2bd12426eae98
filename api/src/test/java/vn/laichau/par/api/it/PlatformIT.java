package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
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
import vn.laichau.par.testsupport.TestDatabase;

/** The whole path: Payara Micro, the WAR, Flyway, JPA and MariaDB, seen over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void readinessIncludesARealDatabaseCheck() {
        var answer = new HttpJson(base).get("/health/ready");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode database = answer.json().path("checks").get(0);
        assertThat(database.path("name").asText()).isEqualTo("database");
        assertThat(database.path("status").asText()).isEqualTo("UP");
        assertThat(database.path("data").has("server")).as("no database version in a public answer").isFalse();
        assertThat(answer.body()).doesNotContainIgnoringCase("mariadb");
        assertThat(database.path("data").path("schemaVersion").asText()).isNotEqualTo("not migrated");
    }

    @Test
    void openApiDocumentDescribesTheAgencies() {
        var answer = new HttpJson(base).get("/openapi");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("/api/v1/agencies");
    }

    @Test
    void schemaIsOwnedByFlyway() throws Exception {
        try (Connection connection = TestDatabase.connect();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 AND version = '1'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void agencyStoredInMariaDbIsReadThroughJpaWithItsVietnameseName() throws Exception {
        String code = "IT_" + UUID.randomUUID().toString().substring(0, 8);
        long id = insertAgency(code, "Sở Giáo dục và Đào tạo");

        var answer = new HttpJson(base).get("/api/v1/agencies/" + id);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().path("code").asText()).isEqualTo(code);
        assertThat(answer.json().path("name").asText()).isEqualTo("Sở Giáo dục và Đào tạo");
        assertThat(answer.json().path("kind").asText()).isEqualTo("DEPARTMENT");
    }

    @Test
    void aMethodTheResourceDoesNotAnswerIsAProblemThatNamesTheMethodsItDoes() {
        HttpJson http = new HttpJson(base);
        var answer = http.send(java.net.http.HttpRequest.newBuilder(http.uri("/api/v1/agencies"))
                .DELETE());

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asText()).isEqualTo("/problems/method-not-allowed");
        assertThat(answer.response().headers().firstValue("Allow").orElse("").split(",\\s*"))
                .as("the methods of /api/v1/agencies").contains("GET", "POST").doesNotContain("DELETE");
    }

    @Test
    void agencyPagesFollowEachOtherWithoutGapsOrRepeats() throws Exception {
        for (int i = 0; i < 5; i++) {
            insertAgency("PAGE_" + UUID.randomUUID().toString().substring(0, 8), "Đơn vị thử " + i);
        }
        HttpJson http = new HttpJson(base);
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = http.get("/api/v1/agencies?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            assertThat(page.has("next")).as("every page says whether another follows").isTrue();
            page.path("items").forEach(item -> seen.add(item.path("id").asLong()));
            cursor = page.path("next").isNull() ? null : page.path("next").asText();
            assertThat(++pages).as("pages").isLessThan(1000);
        } while (cursor != null);

        assertThat(seen).doesNotHaveDuplicates().isSorted().hasSize(countAgencies());
    }

    @Test
    void unknownAgencyIsAProblemInBothLanguages() {
        var answer = new HttpJson(base).get("/api/v1/agencies/999999999");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asText()).isEqualTo("/problems/agency-not-found");
        assertThat(answer.json().path("detail").asText()).contains("Không tìm thấy").contains("No agency");
    }

    @Test
    void malformedPagingIsRefusedWithoutAStackTrace() {
        HttpJson http = new HttpJson(base);

        var badLimit = http.get("/api/v1/agencies?limit=100000");
        var badCursor = http.get("/api/v1/agencies?cursor=%25%25garbage");
        var wrongType = http.get("/api/v1/agencies/not-a-number");

        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.json().path("type").asText()).isEqualTo("/problems/invalid-limit");
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.json().path("type").asText()).isEqualTo("/problems/invalid-cursor");
        assertThat(wrongType.status()).isEqualTo(404);
        assertThat(wrongType.contentType()).startsWith("application/problem+json");
        assertThat(wrongType.body()).doesNotContain("Exception").doesNotContain("at vn.");
        for (String limit : List.of("abc", "1.5", "99999999999")) {
            var notANumber = http.get("/api/v1/agencies?limit=" + limit);
            assertThat(notANumber.status()).as("limit=" + limit).isEqualTo(400);
            assertThat(notANumber.json().path("type").asText()).isEqualTo("/problems/invalid-parameter");
            assertThat(notANumber.json().path("violations").get(0).path("field").asText()).isEqualTo("limit");
        }
    }

    @Test
    void theRuntimeDoesNotDescribeItselfToOptionsOrWadlRequests() {
        HttpJson http = new HttpJson(base);
        var options = http.send(java.net.http.HttpRequest.newBuilder(http.uri("/api/v1/agencies"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.response().headers().firstValue("Allow").orElse("")).contains("GET");
        assertThat(options.body()).doesNotContainIgnoringCase("jersey").doesNotContainIgnoringCase("wadl");
        var wadl = http.get("/api/v1/application.wadl");
        assertThat(wadl.status()).isEqualTo(404);
        assertThat(wadl.body()).doesNotContainIgnoringCase("jersey");
    }

    private static long insertAgency(String code, String name) throws Exception {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO agency (code, name, kind) VALUES (?, ?, 'DEPARTMENT')",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, code);
            insert.setString(2, name);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static int countAgencies() throws Exception {
        try (Connection connection = TestDatabase.connect();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM agency")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
