package vn.laichau.par.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Any error nobody expected: logged with its stack trace under an id; the client sees only the id. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (DatabaseUnavailable.causes(exception)) {
            LOG.log(Level.WARNING, "database unavailable: {0}", String.valueOf(exception));
            return DatabaseUnavailable.response();
        }
        String instance = "urn:uuid:" + UUID.randomUUID();
        LOG.log(Level.SEVERE, "unexpected error " + instance, exception);
        Problem problem = new Problem("/problems/internal-error", "Internal Server Error", 500,
                "Lỗi hệ thống, vui lòng báo mã lỗi cho quản trị viên — "
                        + "Internal error; please report the error id to the administrator",
                instance, null);
        return Response.serverError().type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
