package vn.laichau.par.api.problem;

import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Errors of the persistence layer: not found, changed meanwhile, the database out of reach (503); anything else
 * is unexpected. The exception's own message never reaches the client.
 */
@Provider
public class PersistenceErrorMapper implements ExceptionMapper<PersistenceException> {

    @Override
    public Response toResponse(PersistenceException e) {
        if (e instanceof EntityNotFoundException) {
            return problem(404, "Not Found", "not-found", "Không tìm thấy dữ liệu được yêu cầu",
                    "The requested data does not exist");
        }
        if (e instanceof OptimisticLockException) {
            return stale();
        }
        if (DatabaseUnavailable.causes(e)) {
            return DatabaseUnavailable.response();
        }
        return new UnexpectedErrorMapper().toResponse(e);
    }

    /** The data changed since the caller read it: 412, as a stale {@code If-Match}. */
    static Response stale() {
        return problem(412, "Precondition Failed", "stale-version",
                "Dữ liệu vừa được người khác thay đổi; hãy tải lại rồi thử lại",
                "The data was changed meanwhile; reload it and try again");
    }

    private static Response problem(int status, String title, String slug, String detailVi, String detailEn) {
        return new ProblemExceptionMapper().toResponse(new ProblemException(status, title, slug, detailVi, detailEn,
                List.of()));
    }
}
