package vn.laichau.par.api.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.Duration;
import vn.laichau.par.domain.Refusal;

/**
 * Every refusal of the model and the use cases as a problem: its reason gives the status, its code the type, its
 * two texts the detail and its fields the violations; a lock or a wait says until when in {@code Retry-After} (whole seconds, rounded up).
 */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    private final Clock clock = Clock.systemUTC();

    @Override
    public Response toResponse(Refusal refusal) {
        Response.ResponseBuilder answer = Response.status(status(refusal.reason())).type(Problem.MEDIA_TYPE)
                .entity(problemOf(refusal));
        refusal.until().ifPresent(until -> answer.header(HttpHeaders.RETRY_AFTER,
                Math.max(1, (Duration.between(clock.instant(), until).toMillis() + 999) / 1000)));
        return answer.build();
    }

    /** The problem body of a refusal. */
    public static Problem problemOf(Refusal refusal) {
        int status = status(refusal.reason());
        return new Problem("/problems/" + refusal.code(), title(status), status,
                refusal.detailVi() + " — " + refusal.detailEn(), null,
                refusal.violations().isEmpty() ? null : refusal.violations().stream()
                        .map(v -> new Problem.Violation(v.field(), v.messageVi() + " — " + v.messageEn())).toList());
    }

    static int status(Refusal.Reason reason) {
        return switch (reason) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case EXPIRED -> 410;
            case CONFLICT, EVIDENCE_MISSING -> 409;
            case STALE -> 412;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case LOCKED -> 423;
            case VERSION_REQUIRED -> 428;
            case TOO_MANY_ATTEMPTS -> 429;
        };
    }

    static String title(int status) {
        return switch (status) {
            case 413 -> "Content Too Large";
            case 423 -> "Locked";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            default -> {
                Response.Status known = Response.Status.fromStatusCode(status);
                yield known == null ? "Error " + status : known.getReasonPhrase();
            }
        };
    }
}
