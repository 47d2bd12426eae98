package vn.laichau.par.api.problem;

import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * The database cannot be reached (restarting, down, the pool without a connection): a 503 that asks the client
 * to come back shortly, instead of an internal error.
 */
final class DatabaseUnavailable {

    /** Seconds a client waits before it tries again. */
    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    /** Whether {@code error} or one of its causes says the database could not be reached. */
    static boolean causes(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLNonTransientConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof ConnectException || isPoolWithoutConnection(cause)
                    || isRollbackOfABrokenConnection(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A commit refused with no cause given: the transaction manager marks a transaction rollback-only, without a
     * cause, when the pool reports that the connection enlisted in it broke (the database went away during the
     * request); the request did nothing wrong and may be tried again.
     */
    private static boolean isRollbackOfABrokenConnection(Throwable cause) {
        return cause instanceof RollbackException && cause.getCause() == null;
    }

    private static boolean isPoolWithoutConnection(Throwable cause) {
        String type = cause.getClass().getName();
        return type.equals("jakarta.resource.spi.ResourceAllocationException")
                || type.equals("com.sun.appserv.connectors.internal.api.PoolingException");
    }

    static Response response() {
        Problem problem = new Problem("/problems/database-unavailable", "Service Unavailable", 503,
                "Cơ sở dữ liệu tạm thời không truy cập được; vui lòng thử lại sau ít giây — "
                        + "The database is briefly unavailable; please try again in a few seconds", null, null);
        return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .entity(problem).build();
    }
}
