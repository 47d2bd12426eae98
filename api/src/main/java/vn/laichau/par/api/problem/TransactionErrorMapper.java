package vn.laichau.par.api.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that could not commit: when another request changed the same row first (a version conflict
 * found at commit), 412 like a stale {@code If-Match}; anything else is unexpected.
 */
@Provider
public class TransactionErrorMapper implements ExceptionMapper<TransactionalException> {

    @Override
    public Response toResponse(TransactionalException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return PersistenceErrorMapper.stale();
            }
        }
        if (DatabaseUnavailable.causes(e)) {
            return DatabaseUnavailable.response();
        }
        return new UnexpectedErrorMapper().toResponse(e);
    }
}
