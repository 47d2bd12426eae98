package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploading an appendix as a form (multipart/form-data, part "file") as a browser does: the same draft as the
 * raw upload, the file name taken from the part, and the same refusals for broken files, leaving nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanImportUploadIT {

    private static final Path SEED = Path.of("../domain/src/test/resources/seed/appendix-447.txt");
    private static final String DRAFT_ROWS =
            "SELECT (SELECT COUNT(*) FROM import_draft) + (SELECT COUNT(*) FROM import_draft_row)";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void theSeedAppendixUploadedAsAFormGivesTheFiftyTasksAndKeepsThePartsFileName() throws Exception {
        Api api = new Api(base);
        String admin = api.adminToken();

        HttpJson.Answer uploaded = form(api, admin, "file", "Phụ biểu 447.txt", "text/plain; charset=utf-8",
                Files.readAllBytes(SEED));

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json().path("taskCount").asInt()).isEqualTo(50);
        assertThat(uploaded.json().path("fileName").asText()).isEqualTo("Phụ biểu 447.txt");
        assertThat(uploaded.json().path("format").asText()).isEqualTo("TSV");
        long id = uploaded.json().path("id").asLong();
        assertThat(api.get("/api/v1/plan-imports/" + id, admin).json().path("taskCount").asInt()).isEqualTo(50);
        assertThat(uploaded.response().headers().firstValue("ETag")).isPresent();
        assertThat(api.http.send(api.request("/api/v1/plan-imports/" + id, admin).DELETE()).status()).isEqualTo(204);
    }

    @Test
    void brokenFormsGetAClearProblemAndLeaveNothingBehind() throws Exception {
        Api api = new Api(base);
        String admin = api.adminToken();
        long before = AdminApi.count(DRAFT_ROWS);
        byte[] jpeg = new byte[4096];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        for (int i = 3; i < jpeg.length; i++) {
            jpeg[i] = (byte) (i * 31);
        }

        Map<String, HttpJson.Answer> answers = new LinkedHashMap<>();
        answers.put("20 MB", form(api, admin, "file", "phu-bieu.txt", "text/plain", new byte[20 * 1024 * 1024]));
        answers.put("binary", form(api, admin, "file", "scan.txt", "application/octet-stream", jpeg));
        answers.put("empty", form(api, admin, "file", "phu-bieu.txt", "text/plain", new byte[0]));
        answers.put("wrong part", form(api, admin, "appendix", "phu-bieu.txt", "text/plain",
                "STT\tNHIỆM VỤ\n".getBytes(StandardCharsets.UTF_8)));
        answers.put("wrong columns", form(api, admin, "file", "phu-bieu.csv", "text/csv",
                "Họ tên,Ngày sinh\nNguyễn Văn A,01/01/1990\n".getBytes(StandardCharsets.UTF_8)));

        answers.forEach((what, answer) -> {
            assertThat(answer.status()).as(what + ": " + answer.body()).isBetween(400, 499);
            assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
            assertThat(answer.json().path("detail").asText()).as(what).contains(" — ");
        });
        assertThat(answers.get("20 MB").status()).isEqualTo(413);
        assertThat(answers.get("20 MB").json().path("type").asText()).isEqualTo("/problems/file-too-large");
        assertThat(answers.get("binary").status()).isEqualTo(422);
        assertThat(answers.get("empty").status()).isEqualTo(400);
        assertThat(answers.get("wrong part").status()).isEqualTo(400);
        assertThat(answers.get("wrong part").json().path("violations").get(0).path("field").asText()).isEqualTo("file");
        assertThat(answers.get("wrong columns").status()).isEqualTo(422);
        assertThat(AdminApi.count(DRAFT_ROWS)).as("no draft, no row left behind").isEqualTo(before);
    }

    @Test
    void onlyAdministratorsUploadForms() throws Exception {
        Api api = new Api(base);
        long agency = api.get("/api/v1/agencies?limit=1", null).json().path("items").get(0).path("id").asLong();
        long before = AdminApi.count(DRAFT_ROWS);
        byte[] seed = Files.readAllBytes(SEED);

        assertThat(form(api, api.newOfficial("leader", agency), "file", "a.txt", "text/plain", seed).status())
                .isEqualTo(403);
        assertThat(form(api, api.newOfficial("official", agency), "file", "a.txt", "text/plain", seed).status())
                .isEqualTo(403);
        assertThat(form(api, null, "file", "a.txt", "text/plain", seed).status()).isEqualTo(401);
        assertThat(AdminApi.count(DRAFT_ROWS)).isEqualTo(before);
    }

    private static HttpJson.Answer form(Api api, String token, String part, String fileName, String type,
                                        byte[] content) throws Exception {
        String boundary = "----par" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.http.send(api.request("/api/v1/plan-imports", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
