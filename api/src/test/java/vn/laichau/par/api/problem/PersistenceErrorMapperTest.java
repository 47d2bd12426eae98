package vn.laichau.par.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class PersistenceErrorMapperTest {

    @Test
    void aDatabaseOutOfReachIsAServiceUnavailableWithRetryAfter() {
        PersistenceException e = new PersistenceException("Exception [EclipseLink-4002]: Communications link failure",
                new SQLNonTransientConnectionException("Socket fail to connect to host:address=(host=127.0.0.1)"));

        Response answer = new PersistenceErrorMapper().toResponse(e);

        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(answer.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        Problem problem = (Problem) answer.getEntity();
        assertThat(problem.type()).isEqualTo("/problems/database-unavailable");
        assertThat(problem.detail()).contains("Cơ sở dữ liệu").contains("database").doesNotContain("127.0.0.1");
    }

    @Test
    void anUnreachableDatabaseBehindATransactionOrAnyErrorIsAServiceUnavailableToo() {
        RuntimeException wrapped = new RuntimeException(new TransactionalException("commit failed",
                new PersistenceException(new SQLNonTransientConnectionException("Connection refused"))));

        assertThat(new UnexpectedErrorMapper().toResponse(wrapped).getStatus()).isEqualTo(503);
        assertThat(new TransactionErrorMapper().toResponse(new TransactionalException("x",
                new SQLNonTransientConnectionException("gone"))).getStatus()).isEqualTo(503);
    }

    @Test
    void aCommitRefusedWithoutACauseAfterTheDatabaseWentAwayIsAServiceUnavailable() {
        TransactionalException brokenConnection = new TransactionalException(
                "Managed bean with Transactional annotation encountered exception during commit",
                new RollbackException());
        RollbackException withACause = new RollbackException();
        withACause.initCause(new IllegalStateException("a bug"));

        assertThat(new TransactionErrorMapper().toResponse(brokenConnection).getStatus()).isEqualTo(503);
        assertThat(new TransactionErrorMapper().toResponse(new TransactionalException("commit failed", withACause))
                .getStatus()).isEqualTo(500);
    }

    @Test
    void aRepositorysMessageNeverReachesTheClient() {
        Response notFound = new PersistenceErrorMapper().toResponse(
                new EntityNotFoundException("SELECT secret FROM official WHERE id = 7 / no row"));
        Response stale = new PersistenceErrorMapper().toResponse(
                new OptimisticLockException("UPDATE occurrence SET version = 3 / changed"));

        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(((Problem) notFound.getEntity()).detail()).doesNotContain("SELECT").doesNotContain("secret");
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(((Problem) stale.getEntity()).type()).isEqualTo("/problems/stale-version");
        assertThat(((Problem) stale.getEntity()).detail()).doesNotContain("UPDATE");
    }

    @Test
    void otherPersistenceErrorsStayInternalErrorsWithoutTheirMessage() {
        Response answer = new PersistenceErrorMapper().toResponse(new PersistenceException("Duplicate entry 'x' for key"));

        assertThat(answer.getStatus()).isEqualTo(500);
        assertThat(((Problem) answer.getEntity()).detail()).doesNotContain("Duplicate");
    }
}
