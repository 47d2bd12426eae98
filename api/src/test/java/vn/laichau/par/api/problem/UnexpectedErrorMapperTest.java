package vn.laichau.par.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class UnexpectedErrorMapperTest {

    private final UnexpectedErrorMapper mapper = new UnexpectedErrorMapper();

    @Test
    void aRequestBodyThatStopsArrivingIsTheClientsTimeoutNotAnInternalError() {
        Response response = mapper.toResponse(new IOException(new TimeoutException()));

        assertThat(response.getStatus()).isEqualTo(408);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(((Problem) response.getEntity()).detail()).contains(" — ");
    }

    @Test
    void aDuplicateKeyFromTwoRequestsAtOnceIsAConflictNotAnInternalError() {
        Response response = mapper.toResponse(new IllegalStateException("commit failed",
                new java.sql.SQLIntegrityConstraintViolationException("Duplicate entry 'x' for key 'uk_official'",
                        "23000", 1062)));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((Problem) response.getEntity()).type()).isEqualTo("/problems/duplicate");
        assertThat(mapper.toResponse(new IllegalStateException(new java.sql.SQLIntegrityConstraintViolationException(
                "Cannot add or update a child row", "23000", 1452))).getStatus())
                .as("another integrity violation stays unexpected").isEqualTo(500);
    }

    @Test
    void otherErrorsStayInternalErrorsWithAnId() {
        Response response = mapper.toResponse(new IllegalStateException("boom"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((Problem) response.getEntity()).instance()).startsWith("urn:uuid:");
        assertThat(UnexpectedErrorMapper.clientStalled(new IOException(new SQLTransientConnectionException("x",
                new TimeoutException())))).isFalse();
    }
}
