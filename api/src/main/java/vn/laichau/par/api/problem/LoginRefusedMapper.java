package vn.laichau.par.api.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.laichau.par.application.account.LoginRefusedException;

/**
 * A refused login or token: 401 for wrong credentials and bad refresh tokens, 423 for a locked account, 429 for
 * a blocked address; a lock says until when, also in {@code Retry-After}.
 */
@Provider
public class LoginRefusedMapper implements ExceptionMapper<LoginRefusedException> {

    @Override
    public Response toResponse(LoginRefusedException e) {
        ProblemException problem = switch (e.reason()) {
            case BAD_CREDENTIALS -> problem(401, "Unauthorized", "invalid-credentials", e);
            case ACCOUNT_LOCKED -> problem(423, "Locked", "account-locked", e);
            case ADDRESS_BLOCKED -> problem(429, "Too Many Requests", "too-many-login-attempts", e);
            case INVALID_REFRESH_TOKEN -> problem(401, "Unauthorized", "invalid-refresh-token", e);
            case REFRESH_TOKEN_REUSED -> problem(401, "Unauthorized", "refresh-token-reused", e);
        };
        Response.ResponseBuilder answer = Response.status(problem.problem().status()).type(Problem.MEDIA_TYPE)
                .entity(problem.problem());
        e.until().ifPresent(until -> answer.header(HttpHeaders.RETRY_AFTER,
                Math.max(1, Duration.between(Instant.now(), until).toSeconds())));
        return answer.build();
    }

    private static ProblemException problem(int status, String title, String slug, LoginRefusedException e) {
        return new ProblemException(status, title, slug, e.detailVi(), e.detailEn(), List.of());
    }
}
