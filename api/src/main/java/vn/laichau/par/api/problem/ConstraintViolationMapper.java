package vn.laichau.par.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** A request that fails Bean Validation: 400 with one violation per field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return new ProblemExceptionMapper().toResponse(new ProblemException(Response.Status.BAD_REQUEST,
                "validation-failed", "Dữ liệu gửi lên không hợp lệ", "The request has invalid fields", violations));
    }

    private static String field(ConstraintViolation<?> violation) {
        String last = "body";
        int depth = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            depth++;
            if (depth > 2 && node.getName() != null) {
                last = node.getName();
            }
        }
        return last;
    }
}
