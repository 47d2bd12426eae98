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
        if (clientStalled(exception)) {
            LOG.log(Level.INFO, "request body not received in time: {0}", String.valueOf(exception));
            Problem problem = new Problem("/problems/request-timeout", "Request Timeout", 408,
                    "Máy chủ không nhận đủ dữ liệu gửi lên trong thời gian chờ; vui lòng gửi lại — "
                            + "The request body did not arrive in time; please send it again", null, null);
            return Response.status(408).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        String instance = "urn:uuid:" + UUID.randomUUID();
        LOG.log(Level.SEVERE, "unexpected error " + instance, exception);
        Problem problem = new Problem("/problems/internal-error", "Internal Server Error", 500,
                "Lỗi hệ thống, vui lòng báo mã lỗi cho quản trị viên — "
                        + "Internal error; please report the error id to the administrator",
                instance, null);
        return Response.serverError().type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * A client that stopped sending its body half-way (a phone losing its network during an upload): the
     * container's read times out. That is the client's failure, answered with 408, not an internal error.
     */
    static boolean clientStalled(Throwable exception) {
        boolean timedOut = false;
        int depth = 0;
        for (Throwable cause = exception; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof java.sql.SQLException) {
                return false;
            }
            timedOut |= cause instanceof java.util.concurrent.TimeoutException;
        }
        return timedOut && exception instanceof java.io.IOException;
    }
}
