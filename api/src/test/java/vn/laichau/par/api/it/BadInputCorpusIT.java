package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input generated from the served OpenAPI document: for every operation, path and query parameters of the
 * wrong type or shape, broken, empty, huge, mistyped and oddly encoded bodies, and bad tokens. Every answer must be
 * below 500, every refusal a problem+json body without a stack trace or a server name, and each within 2 s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputCorpusIT {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final List<String> BAD_IDS = List.of("abc", "-1", "0", "99999999999999999999", "1.5", "%2500",
            "..%2F..%2Fetc%2Fpasswd", "%C0%AE%C0%AE", "%FF%FE", "%E2%80%AEgnp", "1%20OR%201%3D1", "%F0%9F%98%80",
            "x".repeat(300));
    private static final List<String> BAD_VALUES = List.of("abc", "-1", "99999999999999999999", "2026-13-45",
            "31/02/2026", "%FF", "%27%22%3C%3E", "true", "%00", "%C4%91%C3%A0o%20t%E1%BA%A1o", "x".repeat(3000));
    private static final List<String> BAD_BODIES = List.of("", "{", "}", "null", "[]", "\"text\"", "42",
            "{\"a\":", "{'single':'quotes'}", "{\"x\":\"\\ud800\"}", "{\"\u202e\":\"\u200b\uFEFF\"}",
            "[".repeat(5000) + "]".repeat(5000), "{\"x\":" + "{\"y\":".repeat(3000) + "1" + "}".repeat(3001),
            "{\"x\":\"" + "đ".repeat(400_000) + "\"}", "\u0000\u0001\u0002", "<xml/>");
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "at java.", "at org.", "Payara",
            "Grizzly", "GlassFish", "EclipseLink", "MariaDB", "SQLState", "jdbc:", "Jersey");
    private static final Duration WITHIN = Duration.ofSeconds(2);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger address = new AtomicInteger();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyOperationAnswersBadInputWithAProblemAndNeverA5xx() throws Exception {
        Api api = new Api(base);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin", api.adminToken());
        tokens.put("none", null);
        tokens.put("garbage", "not.a.token");
        tokens.put("alg none", unsigned());
        JsonNode document = openApi();
        JsonNode paths = document.path("paths");

        List<Probe> probes = new ArrayList<>();
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String path = names.next();
            if (path.contains("webhook")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = paths.path(path).fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    probes.addAll(probesOf(op.getKey().toUpperCase(Locale.ROOT), path, op.getValue(), document,
                            tokens));
                }
            }
        }
        probes.add(new Probe("GET", "/api/v1/tasks?q=%", null, tokens.get("admin"), null));
        probes.add(new Probe("GET", "/api/v1/..%2F..%2Fetc%2Fpasswd", null, tokens.get("admin"), null));
        probes.add(new Probe("GET", "/WEB-INF/web.xml", null, null, null));
        probes.add(new Probe("GET", "/api/v1/%2e%2e/%2e%2e/WEB-INF/web.xml", null, null, null));

        assertThat(probes).as("requests in the corpus").hasSizeGreaterThanOrEqualTo(1000);
        List<String> wrong = new ArrayList<>();
        for (Probe probe : probes) {
            String problem = check(probe);
            if (problem != null) {
                wrong.add(problem);
            }
        }
        assertThat(wrong).as(wrong.size() + " of " + probes.size() + " answers were wrong, e.g. "
                + wrong.subList(0, Math.min(15, wrong.size()))).isEmpty();
    }

    /** One request of the corpus; {@code body} null sends none. */
    record Probe(String method, String target, String body, String token, String contentType) {
    }

    private List<Probe> probesOf(String method, String path, JsonNode operation, JsonNode document,
                                 Map<String, String> tokens) {
        List<Probe> probes = new ArrayList<>();
        List<String> pathParams = new ArrayList<>();
        List<String> queryParams = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                pathParams.add(parameter.path("name").asText());
            } else if ("query".equals(parameter.path("in").asText())) {
                queryParams.add(parameter.path("name").asText());
            }
        }
        boolean hasBody = operation.has("requestBody");
        String jsonType = "application/json";
        String admin = tokens.get("admin");
        boolean writes = !method.equals("GET");
        for (String bad : BAD_IDS) {
            if (pathParams.isEmpty()) {
                break;
            }
            String target = path;
            for (String name : pathParams) {
                target = target.replace("{" + name + "}", bad);
            }
            probes.add(new Probe(method, target, hasBody ? "{}" : null, admin, hasBody ? jsonType : null));
        }
        String concrete = path.replaceAll("\\{[^}]+}", "999999999");
        for (String name : queryParams) {
            for (String bad : BAD_VALUES) {
                probes.add(new Probe(method, concrete + "?" + name + "=" + bad, hasBody ? "{" : null, admin,
                        hasBody ? jsonType : null));
            }
        }
        if (hasBody) {
            String safeTarget = pathParams.isEmpty() && writes ? null : concrete;
            for (String body : BAD_BODIES) {
                probes.add(new Probe(method, concrete, body, admin, jsonType));
            }
            for (String body : mistyped(operation, document)) {
                probes.add(new Probe(method, safeTarget == null ? concrete : safeTarget, body, admin, jsonType));
            }
            probes.add(new Probe(method, concrete, "{\"a\":1}", admin, "application/x-www-form-urlencoded"));
            probes.add(new Probe(method, concrete, "{\"a\":1}", admin, "text/plain; charset=x-unknown"));
        }
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            if (!token.getKey().equals("admin")) {
                probes.add(new Probe(method, concrete, hasBody ? "{}" : null, token.getValue(),
                        hasBody ? jsonType : null));
            }
        }
        return probes;
    }

    /**
     * The operation's JSON body with each property in turn of a wrong type, an unknown property added, and a
     * required one left out, so that the body is refused before it could change anything.
     */
    private static List<String> mistyped(JsonNode operation, JsonNode document) {
        JsonNode schema = resolve(operation.path("requestBody").path("content").path("application/json")
                .path("schema"), document);
        JsonNode properties = schema.path("properties");
        List<String> bodies = new ArrayList<>();
        if (!properties.isObject() || properties.isEmpty()) {
            return bodies;
        }
        ObjectMapper json = new ObjectMapper();
        for (Iterator<Map.Entry<String, JsonNode>> fields = properties.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String type = resolve(field.getValue(), document).path("type").asText("object");
            for (Object wrong : wrongValuesFor(type)) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put(field.getKey(), wrong);
                body.put("unknownField\u0301", "\u202eextra");
                try {
                    bodies.add(json.writeValueAsString(body));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return bodies;
    }

    private static List<Object> wrongValuesFor(String type) {
        return switch (type) {
            case "integer", "number" -> List.of("mười", 1e308, List.of(1), Map.of("n", 1));
            case "boolean" -> List.of("có", 2, List.of());
            case "array" -> List.of("x", 7, Map.of("a", 1));
            case "string" -> List.of(List.of("x"), Map.of("s", 1), "x".repeat(100_000), "\u0000\u001b[31m");
            default -> List.of("x", 7, List.of());
        };
    }

    private static JsonNode resolve(JsonNode schema, JsonNode document) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    /** What is wrong with the answer to {@code probe}, or null. */
    private String check(Probe probe) throws Exception {
        String name = probe.method() + " " + abbreviated(probe.target()) + " [" + abbreviated(probe.body()) + "]";
        try {
            URI.create(base.toString()).resolve(probe.target());
        } catch (IllegalArgumentException notAUri) {
            return checkRaw(name, probe);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(probe.target()))
                .timeout(Duration.ofSeconds(10))
                .header("X-Forwarded-For", fakeAddress(address.getAndIncrement()));
        if (probe.token() != null) {
            request.header("Authorization", "Bearer " + probe.token());
        }
        if (probe.contentType() != null) {
            request.header("Content-Type", probe.contentType());
        }
        HttpRequest.BodyPublisher body = probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(probe.body(), StandardCharsets.UTF_8);
        request.method(probe.method(), body);
        long start = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return name + " → no answer: " + e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return judge(name, answer.statusCode(), took, answer.headers().map(), answer.body());
    }

    /** A target that no URI class accepts (a lone {@code %}) goes over a plain socket, as a hostile client sends it. */
    private String checkRaw(String name, Probe probe) throws Exception {
        long start = System.nanoTime();
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((probe.method() + " " + probe.target() + " HTTP/1.1\r\nHost: "
                    + base.getHost() + "\r\nConnection: close\r\n"
                    + (probe.token() == null ? "" : "Authorization: Bearer " + probe.token() + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            int split = text.indexOf("\r\n\r\n");
            if (split < 0) {
                return name + " → no HTTP answer: " + abbreviated(text);
            }
            Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            String[] lines = text.substring(0, split).split("\r\n");
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).strip(), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).strip());
            }
            String body = text.substring(split + 4);
            if (headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked")) {
                body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n"));
            }
            return judge(name, Integer.parseInt(lines[0].substring(9, 12)), took, headers, body);
        }
    }

    private String judge(String name, int status, Duration took, Map<String, List<String>> headerMap, String body)
            throws Exception {
        java.net.http.HttpHeaders headers = java.net.http.HttpHeaders.of(headerMap, (a, b) -> true);
        if (status >= 500) {
            return name + " → " + status + " " + abbreviated(body);
        }
        if (took.compareTo(WITHIN) > 0) {
            return name + " took " + took.toMillis() + " ms";
        }
        if (headers.firstValue("Server").isPresent() || headers.firstValue("X-Powered-By").isPresent()) {
            return name + " names the server in its headers";
        }
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
                return name + " → " + status + " leaks \"" + leak + "\": " + abbreviated(body);
            }
        }
        if (status >= 400) {
            String type = headers.firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                return name + " → " + status + " as " + type + ": " + abbreviated(body);
            }
            JsonNode problem = new ObjectMapper().readTree(body);
            if (problem.path("status").asInt() != status || !problem.path("detail").asText().contains(" — ")) {
                return name + " → " + status + " without a bilingual problem: " + abbreviated(body);
            }
        }
        return null;
    }

    /** Each request from an address of its own, so that refused sign-ins slow no other test down. */
    private static String fakeAddress(int n) {
        return "198.18." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    private JsonNode openApi() throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base.toString())
                .resolve("/openapi")).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(answer.body());
    }

    /** An admin's claims with {@code alg: none} and no signature. */
    private static String unsigned() {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        long now = System.currentTimeMillis() / 1000;
        String header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = encoder.encodeToString(("{\"iss\":\"par-tracker\",\"sub\":\"1\",\"upn\":\"admin\","
                + "\"groups\":[\"admin\"],\"iat\":" + now + ",\"exp\":" + (now + 600) + "}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }

    private static String abbreviated(String text) {
        if (text == null) {
            return "";
        }
        String flat = URLEncoder.encode(text.length() > 120 ? text.substring(0, 120) + "…" : text,
                StandardCharsets.UTF_8).replace('+', ' ');
        return java.net.URLDecoder.decode(flat, StandardCharsets.UTF_8).replace("\n", " ");
    }
}
