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

    /** MariaDB's error number for a duplicate entry of a unique key (ER_DUP_ENTRY). */
    private static final int DUPLICATE_ENTRY = 1062;

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
        if (duplicateKey(exception)) {
            LOG.log(Level.INFO, "a concurrent request created the same record first: {0}", String.valueOf(exception));
            Problem problem = new Problem("/problems/duplicate", "Conflict", 409,
                    "Dữ liệu này vừa được tạo bởi một yêu cầu khác gửi cùng lúc (ví dụ bấm nút hai lần); hãy tải lại "
                            + "để xem — The same record was just created by another request sent at the same time "
                            + "(a button pressed twice, say); reload to see it", null, null);
            return Response.status(409).type(Problem.MEDIA_TYPE).entity(problem).build();
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
     * A unique key the database refused: two requests that create the same record at once both passed the
     * use case's own check for it (which answers a duplicate one at a time), and the later insert lost.
     */
    static boolean duplicateKey(Throwable exception) {
        int depth = 0;
        for (Throwable cause = exception; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof java.sql.SQLIntegrityConstraintViolationException violation
                    && violation.getErrorCode() == DUPLICATE_ENTRY) {
                return true;
            }
        }
        return false;
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
