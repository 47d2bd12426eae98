package vn.laichau.par.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request body that is not the JSON asked for: malformed, a field of the wrong type or out of range (such as
 * 2026-02-30), or a field the request does not have. 400 with the field named, never the parser's internals.
 * Only failures while reading a request become this problem; a failure while writing a response stays a server
 * error.
 */
public final class JsonErrorMapper {

    private JsonErrorMapper() {
    }

    public static ProblemException problemOf(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return new ProblemException(Response.Status.BAD_REQUEST, "unknown-field",
                    "Trường không được hỗ trợ: " + field, "Unknown field: " + field,
                    List.of(new Problem.Violation(field, "trường không tồn tại — no such field")));
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            String field = path((JsonMappingException) e);
            if (!field.isEmpty()) {
                return new ProblemException(Response.Status.BAD_REQUEST, "invalid-field",
                        "Giá trị không đúng kiểu hoặc ngoài phạm vi: " + field,
                        "Wrong type or out-of-range value: " + field,
                        List.of(new Problem.Violation(field, "sai kiểu hoặc ngoài phạm vi — wrong type or out of range")));
            }
        }
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof RuntimeException
                && !path(mapping).isEmpty()) {
            String field = path(mapping);
            return new ProblemException(Response.Status.BAD_REQUEST, "invalid-field",
                    "Giá trị không hợp lệ: " + field, "Invalid value: " + field,
                    List.of(new Problem.Violation(field, "không hợp lệ — invalid")));
        }
        if (e instanceof JsonMappingException mapping
                && mapping.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException
                && !path(mapping).isEmpty()) {
            String field = path(mapping);
            return new ProblemException(Response.Status.BAD_REQUEST, "invalid-field",
                    "Số quá lớn: " + field, "Number out of range: " + field,
                    List.of(new Problem.Violation(field, "số quá lớn — number out of range")));
        }
        return ProblemException.badRequest("malformed-json", "Nội dung không phải JSON hợp lệ",
                "The body is not well-formed JSON");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
