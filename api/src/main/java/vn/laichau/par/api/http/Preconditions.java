package vn.laichau.par.api.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.laichau.par.api.problem.ProblemException;

/** Versions as entity tags, and the {@code If-Match} that every update must carry. */
public final class Preconditions {

    private Preconditions() {
    }

    /** The tag of a representation whose entity has this {@code @Version}. */
    public static EntityTag tagOf(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version named by {@code If-Match}: 428 without it, 412 when it names no version. */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Response.Status.PRECONDITION_REQUIRED, "if-match-required",
                    "Cần gửi tiêu đề If-Match với ETag đã nhận khi đọc", "Send If-Match with the ETag you read",
                    List.of());
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ProblemException(Response.Status.PRECONDITION_FAILED, "stale-version",
                    "ETag trong If-Match không còn đúng; hãy tải lại", "The If-Match ETag is not current; reload",
                    List.of());
        }
    }
}
