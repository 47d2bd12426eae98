package vn.laichau.par.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import vn.laichau.par.domain.model.plan.InvalidPlanDataException;

/** A data rule broken by a request (a taken user name, an unknown agency): 409. */
@Provider
public class InvalidDataMapper implements ExceptionMapper<InvalidPlanDataException> {

    @Override
    public Response toResponse(InvalidPlanDataException e) {
        return new ProblemExceptionMapper().toResponse(new ProblemException(409, "Conflict", "invalid-data",
                e.messageVi(), e.messageEn(), List.of()));
    }
}
