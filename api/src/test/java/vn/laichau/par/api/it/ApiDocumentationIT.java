package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The endpoint table of {@code docs/api.md} lists exactly the operations of the served OpenAPI document: a new
 * endpoint without a row, or a row for an endpoint that is gone, fails here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiDocumentationIT {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /** A row of the endpoint table: {@code | GET | `/api/v1/…` | …}. */
    private static final Pattern ROW = Pattern.compile("^\\| (GET|POST|PUT|PATCH|DELETE) \\| `(/api/[^`]*)` \\|",
            Pattern.MULTILINE);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void theEndpointTableListsEveryOperationOfTheOpenApiDocumentAndNoOther() throws Exception {
        Set<String> served = servedOperations();
        Set<String> documented = documentedOperations(Files.readString(apiDoc(), StandardCharsets.UTF_8));

        assertThat(served).as("operations in /openapi").hasSizeGreaterThan(50);
        assertThat(served).as("served operations missing from docs/api.md").isSubsetOf(documented);
        assertThat(documented).as("rows of docs/api.md that the server does not serve").isSubsetOf(served);
    }

    @Test
    void anOperationWithoutARowIsNoticed() {
        Set<String> documented = documentedOperations("| GET | `/api/v1/tasks` | signed in | tasks |\n"
                + "| POST | `/api/v1/auth/token` | anyone | sign in |\n");

        assertThat(documented).containsExactlyInAnyOrder("GET /api/v1/tasks", "POST /api/v1/auth/token");
        assertThatThrownBy(() -> assertThat(Set.of("GET /api/v1/tasks", "GET /api/v1/plans")).isSubsetOf(documented))
                .isInstanceOf(AssertionError.class).hasMessageContaining("GET /api/v1/plans");
    }

    private Set<String> servedOperations() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve("/openapi"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode paths = new ObjectMapper().readTree(answer.body()).path("paths");
        Set<String> operations = new TreeSet<>();
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String path = names.next();
            paths.path(path).fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            });
        }
        return operations;
    }

    static Set<String> documentedOperations(String markdown) {
        Set<String> operations = new TreeSet<>();
        Matcher row = ROW.matcher(markdown);
        while (row.find()) {
            operations.add(row.group(1) + " " + row.group(2));
        }
        return operations;
    }

    private static Path apiDoc() {
        Path fromModule = Path.of("..", "docs", "api.md");
        return Files.exists(fromModule) ? fromModule : Path.of("docs", "api.md");
    }
}
