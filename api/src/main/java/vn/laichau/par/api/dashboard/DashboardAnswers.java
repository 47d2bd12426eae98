package vn.laichau.par.api.dashboard;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import vn.laichau.par.application.dashboard.Answer;

/** A dashboard's answer as a response, its tag as the ETag. */
final class DashboardAnswers {

    private DashboardAnswers() {
    }

    static Response ok(Answer<?> answer) {
        return Response.ok(answer.value()).tag(new EntityTag(answer.tag())).build();
    }
}
