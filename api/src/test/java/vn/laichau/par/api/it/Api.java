package vn.laichau.par.api.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.laichau.par.testsupport.TestDatabase;

/** The API as a phone app sees it: login, JSON requests with a bearer token, and fixtures made through SQL. */
final class Api {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-password-for-tests";
    static final String PASSWORD = "mat-khau-cua-can-bo";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Set<Long> CLAIMED = ConcurrentHashMap.newKeySet();

    final HttpJson http;

    Api(URL base) {
        this.http = new HttpJson(base);
    }

    HttpJson.Answer login(String username, String password) {
        return post("/api/v1/auth/token", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    /** A sign-in as if from {@code clientAddress} behind a trusted proxy (the tests' server trusts every peer). */
    HttpJson.Answer loginFrom(String clientAddress, String username, String password) {
        return http.send(request("/api/v1/auth/token", null).header("Content-Type", "application/json")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + password + "\"}", StandardCharsets.UTF_8)));
    }

    /** Any request: {@code json} (may be null) as the body, {@code etag} (may be null) as If-Match. */
    HttpJson.Answer send(String method, String path, String token, String etag, String json) {
        HttpRequest.Builder request = request(path, token);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    String token(String username, String password) {
        HttpJson.Answer answer = login(username, password);
        if (answer.status() != 200) {
            throw new AssertionError("login " + username + ": " + answer.status() + " " + answer.body());
        }
        return answer.json().path("accessToken").asText();
    }

    String adminToken() {
        return token(ADMIN, ADMIN_PASSWORD);
    }

    /** A new account created by the admin through the API; answers its access token. */
    String newOfficial(String role, long agencyId) {
        return token(newAccount(role, agencyId), PASSWORD);
    }

    /**
     * A new account created by the admin through the API, with password {@link #PASSWORD}; answers its user name.
     * An account of an agency that has ended is placed there as {@link AdminApi#creatableAgencyFor} says.
     */
    String newAccount(String role, long agencyId) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpJson.Answer created = post("/api/v1/officials", adminToken(), "{\"username\":\"" + username
                + "\",\"displayName\":\"Nguyễn Văn Thử\",\"agencyId\":" + AdminApi.creatableAgencyFor(agencyId)
                + ",\"roles\":[\"" + role + "\"],\"password\":\"" + PASSWORD + "\"}");
        if (created.status() != 201) {
            throw new AssertionError("create official: " + created.status() + " " + created.body());
        }
        AdminApi.placeIn(username, agencyId);
        return username;
    }

    HttpJson.Answer get(String path, String token) {
        return http.send(request(path, token).GET());
    }

    HttpJson.Answer post(String path, String token, String json) {
        return http.send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    HttpJson.Answer postIfMatch(String path, String token, String etag, String json) {
        HttpRequest.Builder request = request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return http.send(request);
    }

    HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    static String etag(HttpJson.Answer answer) {
        return answer.response().headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
    }

    static JsonNode json(HttpJson.Answer answer) {
        return answer.json();
    }

    /** Claims an occurrence for one test; false when another test claimed it already. */
    static boolean claim(long occurrenceId) {
        return CLAIMED.add(occurrenceId);
    }

    /** An open occurrence nobody touched yet, used by one test only: {id, agencyId}. */
    static long[] freshOccurrence(boolean evidenceRequired) throws Exception {
        try (Connection c = TestDatabase.connect();
             PreparedStatement select = c.prepareStatement("SELECT id, agency_id FROM occurrence "
                     + "WHERE finished_on IS NULL AND evidence_count = 0 AND progress_percent = 0 "
                     + (evidenceRequired ? "AND evidence_required = TRUE " : "") + "ORDER BY id DESC LIMIT 500")) {
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if (CLAIMED.add(rs.getLong(1))) {
                        return new long[] {rs.getLong(1), rs.getLong(2)};
                    }
                }
            }
        }
        throw new AssertionError("no fresh occurrence left");
    }

    /** An agency other than {@code agencyId}. */
    static long otherAgency(long agencyId) throws Exception {
        try (Connection c = TestDatabase.connect();
             PreparedStatement select = c.prepareStatement("SELECT id FROM agency WHERE id <> ? ORDER BY id LIMIT 1")) {
            select.setLong(1, agencyId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
