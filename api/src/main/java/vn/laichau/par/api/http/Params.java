package vn.laichau.par.api.http;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jakarta.ws.rs.core.Response;
import vn.laichau.par.api.problem.Problem;
import vn.laichau.par.api.problem.ProblemException;

/** Query parameters read as text and checked here, so that a wrong one is a 400 problem naming it. */
public final class Params {

    private Params() {
    }

    public static Optional<Long> id(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id < 1) {
                throw new NumberFormatException();
            }
            return Optional.of(id);
        } catch (NumberFormatException e) {
            throw invalid(name, "phải là số nguyên dương — must be a positive whole number");
        }
    }

    public static Optional<Integer> integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return Optional.of(n);
        } catch (NumberFormatException e) {
            throw invalid(name, "phải là số từ " + min + " đến " + max + " — must be a number from " + min
                    + " to " + max);
        }
    }

    public static Optional<LocalDate> date(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 1900 || date.getYear() > 2200) {
                throw new DateTimeException(value);
            }
            return Optional.of(date);
        } catch (DateTimeException e) {
            throw invalid(name, "phải là ngày hợp lệ dạng YYYY-MM-DD từ 1900 đến 2200 — must be a valid "
                    + "YYYY-MM-DD date between 1900 and 2200");
        }
    }

    /** An instant such as {@code 2026-11-25T10:15:30Z} or with an offset. */
    public static Optional<Instant> instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.strip()).toInstant());
        } catch (DateTimeException e) {
            throw invalid(name, "phải là thời điểm ISO-8601, ví dụ 2026-11-25T10:15:30Z — must be an ISO-8601 "
                    + "instant such as 2026-11-25T10:15:30Z");
        }
    }

    public static <E extends Enum<E>> Optional<E> enumeration(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String wanted = value.strip().replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(wanted)) {
                return Optional.of(constant);
            }
        }
        throw invalid(name, "giá trị không được hỗ trợ — unsupported value");
    }

    public static ProblemException invalid(String name, String message) {
        return new ProblemException(Response.Status.BAD_REQUEST, "invalid-parameter",
                "Tham số không hợp lệ: " + name, "Invalid parameter: " + name,
                List.of(new Problem.Violation(name, message)));
    }
}
