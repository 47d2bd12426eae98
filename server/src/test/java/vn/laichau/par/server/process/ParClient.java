package vn.laichau.par.server.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** The REST API of one running server, over HTTP, as a mobile app or the web app uses it. */
public final class ParClient {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-for-process-tests";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String token;

    private ParClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** Signed in as the first administrator ({@link #ADMIN}). */
    public static ParClient admin(ServerProcess server) {
        return admin(server.baseUrl());
    }

    public static ParClient admin(String baseUrl) {
        return signedIn(baseUrl, ADMIN, ADMIN_PASSWORD);
    }

    /** Signed in as {@code username}. */
    public static ParClient signedIn(String baseUrl, String username, String password) {
        Answer answer = new ParClient(baseUrl, null).post("/api/v1/auth/token",
                json(Map.of("username", username, "password", password)), null);
        if (answer.status() != 200) {
            throw new IllegalStateException("sign-in failed: " + answer.status() + " " + answer.body());
        }
        return new ParClient(baseUrl, answer.json().path("accessToken").asText());
    }

    /** The same account on another server (a token of one instance must work on every one). */
    public ParClient on(String otherBaseUrl) {
        return new ParClient(otherBaseUrl, token);
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer post(String path, String json, String ifMatch) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder);
    }

    /** A multipart/form-data body with one file part named {@code part}. */
    public static byte[] form(String boundary, String part, String fileName, String type, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    public Answer postForm(String path, String part, String fileName, String type, byte[] content, String ifMatch) {
        String boundary = "----par" + System.nanoTime();
        HttpRequest.Builder builder = request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form(boundary, part, fileName, type, content)));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder);
    }

    public String token() {
        return token;
    }

    public String baseUrl() {
        return baseUrl;
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(120));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTTP answer: status, body and ETag. */
    public record Answer(int status, String body, String etag) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }
    }
}
