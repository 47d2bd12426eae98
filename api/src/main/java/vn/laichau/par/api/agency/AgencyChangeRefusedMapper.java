package vn.laichau.par.api.agency;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.laichau.par.api.problem.Problem;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.api.problem.ProblemExceptionMapper;
import vn.laichau.par.application.agency.AgencyChangeRefusedException;

/**
 * A refused change to an agency: 400 with the fields for invalid values, 409 for a clash with another agency,
 * 404 for an unknown one, 412 when it changed since the caller read it.
 */
@Provider
public class AgencyChangeRefusedMapper implements ExceptionMapper<AgencyChangeRefusedException> {

    @Override
    public Response toResponse(AgencyChangeRefusedException e) {
        var violations = e.violations().stream().map(v -> new Problem.Violation(v.field(), v.message())).toList();
        ProblemException problem = switch (e.reason()) {
            case INVALID -> new ProblemException(Response.Status.BAD_REQUEST, "invalid-agency", e.detailVi(),
                    e.detailEn(), violations);
            case CONFLICT -> new ProblemException(Response.Status.CONFLICT, "agency-conflict", e.detailVi(),
                    e.detailEn(), violations);
            case NOT_FOUND -> new ProblemException(Response.Status.NOT_FOUND, "agency-not-found", e.detailVi(),
                    e.detailEn(), violations);
            case STALE -> new ProblemException(Response.Status.PRECONDITION_FAILED, "stale-version", e.detailVi(),
                    e.detailEn(), violations);
        };
        return new ProblemExceptionMapper().toResponse(problem);
    }
}
