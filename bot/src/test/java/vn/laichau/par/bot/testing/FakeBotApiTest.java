package vn.laichau.par.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeBotApiTest {

    private final FakeBotApi telegram = FakeBotApi.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void methodNamesMatchWhateverTheirCase() throws Exception {
        assertThat(post("/bot" + telegram.token() + "/GETME").body()).contains("\"ok\":true", "par_laichau_bot");
        assertThat(post("/bot" + telegram.token() + "/getme").statusCode()).isEqualTo(200);
        assertThat(telegram.calls("getMe")).hasSize(2);
    }

    @Test
    void aWrongTokenIsUnauthorisedAndAnUnknownMethodIsNotFound() throws Exception {
        assertThat(post("/botother:token/getMe").statusCode()).isEqualTo(401);
        assertThat(post("/bot" + telegram.token() + "/noSuchMethod").statusCode()).isEqualTo(404);
    }

    @Test
    void getUpdatesWithoutQueuedUpdatesAnswersAnEmptyListAfterItsTimeout() throws Exception {
        HttpResponse<String> response = post("/bot" + telegram.token() + "/getUpdates", "{\"offset\":1,\"timeout\":0}");

        assertThat(response.body()).isEqualTo("{\"ok\":true,\"result\":[]}");
    }

    @Test
    void getUpdatesDropsUpdatesBelowTheOffset() throws Exception {
        telegram.queueUpdate(FakeUpdates.text(1, "một"));
        telegram.queueUpdate(FakeUpdates.text(1, "hai"));

        HttpResponse<String> response = post("/bot" + telegram.token() + "/getUpdates", "{\"offset\":2,\"timeout\":0}");

        assertThat(response.body()).contains("\"update_id\":2", "hai").doesNotContain("một");
    }

    private HttpResponse<String> post(String path) throws Exception {
        return post(path, "{}");
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(telegram.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
