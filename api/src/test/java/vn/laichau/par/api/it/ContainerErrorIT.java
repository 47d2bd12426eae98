package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the container answers by itself is problem+json in Vietnamese and English, not the server's HTML page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContainerErrorIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void anUnknownPathOutsideTheApiIsAProblemNotAnHtmlPage() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/no-such-page.html")).GET());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"/problems/not-found\"").contains("Không tìm thấy")
                .doesNotContain("<html").doesNotContain("Payara");
    }

    @Test
    void aBearerTokenThatIsNoTokenIsAProblemWithTheBearerChallenge() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/me")).GET()
                .header("Authorization", "Bearer not.a.token"));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
        assertThat(answer.body()).contains("\"status\":401").contains("đăng nhập lại", "sign in again")
                .doesNotContain("<html");
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
