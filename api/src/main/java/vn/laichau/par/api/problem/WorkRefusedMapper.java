package vn.laichau.par.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import vn.laichau.par.application.occurrence.WorkRefusedException;

/** Work on an occurrence the service refused, as a problem with the service's own words. */
@Provider
public class WorkRefusedMapper implements ExceptionMapper<WorkRefusedException> {

    @Override
    public Response toResponse(WorkRefusedException e) {
        ProblemException problem = switch (e.reason()) {
            case NOT_FOUND -> problem(404, "Not Found", "not-found", e);
            case FORBIDDEN -> problem(403, "Forbidden", "not-your-agency", e);
            case STALE -> problem(412, "Precondition Failed", "stale-version", e);
            case EVIDENCE_MISSING -> problem(409, "Conflict", "evidence-missing", e);
            case CONFLICT -> problem(409, "Conflict", "conflicting-state", e);
            case INVALID -> problem(400, "Bad Request", "invalid-request", e);
            case TOO_LARGE -> problem(413, "Content Too Large", "file-too-large", e);
            case UNSUPPORTED_TYPE -> problem(415, "Unsupported Media Type", "file-type-not-accepted", e);
        };
        return new ProblemExceptionMapper().toResponse(problem);
    }

    private static ProblemException problem(int status, String title, String slug, WorkRefusedException e) {
        return new ProblemException(status, title, slug, e.detailVi(), e.detailEn(), List.of());
    }
}
