package vn.laichau.par.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A request the API refuses, with what was wrong said in Vietnamese and in English. */
public class ProblemException extends WebApplicationException {

    private final Problem problem;

    public ProblemException(Response.Status status, String slug, String detailVi, String detailEn) {
        this(status, slug, detailVi, detailEn, List.of());
    }

    public ProblemException(Response.Status status, String slug, String detailVi, String detailEn,
                            List<Problem.Violation> violations) {
        this(status.getStatusCode(), status.getReasonPhrase(), slug, detailVi, detailEn, violations);
    }

    /** For statuses that {@link Response.Status} does not name, such as 423 Locked. */
    public ProblemException(int status, String title, String slug, String detailVi, String detailEn,
                            List<Problem.Violation> violations) {
        super(detailEn, status);
        this.problem = new Problem("/problems/" + slug, title, status,
                detailVi + " — " + detailEn, null, violations.isEmpty() ? null : List.copyOf(violations));
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(String slug, String detailVi, String detailEn) {
        return new ProblemException(Response.Status.BAD_REQUEST, slug, detailVi, detailEn);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Response.Status.NOT_FOUND, what + "-not-found",
                "Không tìm thấy " + what + " " + id, "No " + what + " " + id);
    }
}
