package vn.laichau.par.api.dashboard;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.laichau.par.api.http.WrittenJson;
import vn.laichau.par.application.dashboard.Answer;

/**
 * A dashboard's answer as a response, its tag as the ETag. The answers are kept by the application while their
 * data stays the same, and asked for again and again: each is written as JSON (and compressed) once, found again
 * by its tag, which hashes its content.
 */
final class DashboardAnswers {

    /** The answers written, at most: a few dashboards of a few plan years, each of tens of kB. */
    static final int MAX_WRITTEN = 64;

    private static final Map<String, WrittenJson> WRITTEN = new ConcurrentHashMap<>();

    private DashboardAnswers() {
    }

    static Response ok(Answer<?> answer) {
        WrittenJson written = WRITTEN.get(answer.tag());
        if (written == null) {
            if (WRITTEN.size() >= MAX_WRITTEN) {
                WRITTEN.clear();
            }
            written = WrittenJson.of(answer.value());
            WRITTEN.put(answer.tag(), written);
        }
        return Response.ok(written, MediaType.APPLICATION_JSON_TYPE).tag(new EntityTag(answer.tag())).build();
    }
}
