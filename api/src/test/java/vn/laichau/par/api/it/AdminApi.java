package vn.laichau.par.api.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import vn.laichau.par.testsupport.TestDatabase;

/**
 * Requests of the monitoring agency's tools as a signed-in user: the first administrator from the test
 * configuration, or a leader it creates.
 */
final class AdminApi {

    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin-password-for-tests";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpJson http;
    private final String token;

    private AdminApi(HttpJson http, String token) {
        this.http = http;
        this.token = token;
    }

    static AdminApi admin(URL base) {
        HttpJson http = new HttpJson(base);
        return new AdminApi(http, login(http, ADMIN_USER, ADMIN_PASSWORD));
    }

    static AdminApi anonymous(URL base) {
        return new AdminApi(new HttpJson(base), null);
    }

    /** A new leader account, created by the administrator, signed in. */
    AdminApi newLeader() {
        String username = "leader-" + UUID.randomUUID().toString().substring(0, 8);
        long agencyId = get("/api/v1/agencies?active=true&limit=1").json().path("items").get(0).path("id").asLong();
        HttpJson.Answer created = postJson("/api/v1/officials", "{\"username\":\"" + username
                + "\",\"displayName\":\"Lãnh đạo thử\",\"agencyId\":" + agencyId
                + ",\"roles\":[\"leader\"],\"password\":\"leader-password-1\"}");
        if (created.status() != 201) {
            throw new AssertionError("cannot create a leader: " + created.status() + " " + created.body());
        }
        return new AdminApi(http, login(http, username, "leader-password-1"));
    }

    /** A new official of an agency, created by the administrator, signed in. */
    AdminApi newOfficial(long agencyId) {
        String username = "official-" + UUID.randomUUID().toString().substring(0, 8);
        HttpJson.Answer created = postJson("/api/v1/officials", "{\"username\":\"" + username
                + "\",\"displayName\":\"Cán bộ thử\",\"agencyId\":" + creatableAgencyFor(agencyId)
                + ",\"roles\":[\"official\"],\"password\":\"official-password-1\"}");
        if (created.status() != 201) {
            throw new AssertionError("cannot create an official: " + created.status() + " " + created.body());
        }
        placeIn(username, agencyId);
        return new AdminApi(http, login(http, username, "official-password-1"));
    }

    private static String login(HttpJson http, String username, String password) {
        HttpJson.Answer answer = http.send(HttpRequest.newBuilder(http.uri("/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + password + "\"}")));
        if (answer.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + answer.status() + " " + answer.body());
        }
        return answer.json().path("accessToken").asText();
    }

    HttpJson.Answer get(String path) {
        return http.send(request(path).GET());
    }

    HttpJson.Answer get(String path, String ifNoneMatch) {
        return http.send(request(path).header("If-None-Match", ifNoneMatch).GET());
    }

    HttpJson.Answer postJson(String path, String json) {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    HttpJson.Answer postJson(String path, String json, String ifMatch) {
        return http.send(request(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    HttpJson.Answer putJson(String path, String json, String ifMatch, String ifNoneMatch) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json");
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        if (ifNoneMatch != null) {
            builder.header("If-None-Match", ifNoneMatch);
        }
        return http.send(builder.PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    HttpJson.Answer patchJson(String path, String json, String ifMatch) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json");
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return http.send(builder.method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    HttpJson.Answer upload(String fileName, String contentType, byte[] content) {
        return http.send(request("/api/v1/plan-imports?fileName=" + fileName).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** A file as the body of a POST to any path. */
    HttpJson.Answer postFile(String path, String contentType, byte[] content) {
        return http.send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** A binary answer, such as a workbook, or any answer as sent (compressed, say), with these request headers. */
    java.net.http.HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder builder = request(path).GET();
        if (headers.length > 0) {
            builder.headers(headers);
        }
        try {
            return java.net.http.HttpClient.newHttpClient().send(builder.build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpJson.Answer delete(String path) {
        return http.send(request(path).DELETE());
    }

    /** A GET over HTTP/1.1, without the client's HTTP/2 upgrade: many at once each take a connection of their own. */
    HttpJson.Answer getOverHttp1(String path) {
        return http.send(request(path).version(HttpClient.Version.HTTP_1_1).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(http.uri(path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String etag(HttpJson.Answer answer) {
        return answer.response().headers().firstValue("ETag")
                .orElseThrow(() -> new AssertionError("no ETag: " + answer.body()));
    }

    static long count(String sql) {
        try (Connection connection = TestDatabase.connect();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new AssertionError(sql, e);
        }
    }

    /**
     * The agency a test account of {@code agencyId} is created in through the API: that agency, or, when it has
     * ended, one that exists today. The API places no new account in an agency that has ended (409), yet many
     * scenarios work on the shipped plan's occurrences of the agencies merged in 2025 as the officials those
     * agencies had before their end; {@link #placeIn} then moves the account there by the database.
     */
    static long creatableAgencyFor(long agencyId) {
        return hasEnded(agencyId) ? count("SELECT id FROM agency WHERE valid_to IS NULL "
                + "AND (valid_from IS NULL OR valid_from <= CURRENT_DATE) ORDER BY id LIMIT 1") : agencyId;
    }

    /** Places an account created for {@code agencyId} in it, when the agency has ended (see above). */
    static void placeIn(String username, long agencyId) {
        if (hasEnded(agencyId)) {
            update("UPDATE official SET agency_id = " + agencyId + " WHERE username = '" + username + "'");
        }
    }

    private static boolean hasEnded(long agencyId) {
        return count("SELECT COUNT(*) FROM agency WHERE id = " + agencyId + " AND valid_to < CURRENT_DATE") > 0;
    }

    static void update(String sql) {
        try (Connection connection = TestDatabase.connect();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (Exception e) {
            throw new AssertionError(sql, e);
        }
    }

    static String text(String sql) {
        try (Connection connection = TestDatabase.connect();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (Exception e) {
            throw new AssertionError(sql, e);
        }
    }

    static JsonNode field(HttpJson.Answer answer, String name) {
        return answer.json().path(name);
    }
}
