package vn.laichau.par.api.problem;

import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Refusals that come from the repositories: not found, changed meanwhile; anything else is unexpected. */
@Provider
public class PersistenceErrorMapper implements ExceptionMapper<PersistenceException> {

    @Override
    public Response toResponse(PersistenceException e) {
        if (e instanceof EntityNotFoundException) {
            return problem(404, "Not Found", "not-found", e.getMessage());
        }
        if (e instanceof OptimisticLockException) {
            return problem(412, "Precondition Failed", "stale-version", e.getMessage());
        }
        return new UnexpectedErrorMapper().toResponse(e);
    }

    static Response problem(int status, String title, String slug, String bilingual) {
        String message = bilingual == null ? "" : bilingual;
        int slash = message.indexOf(" / ");
        String vi = slash < 0 ? message : message.substring(0, slash);
        String en = slash < 0 ? message : message.substring(slash + 3);
        return new ProblemExceptionMapper().toResponse(new ProblemException(status, title, slug, vi, en, List.of()));
    }
}
