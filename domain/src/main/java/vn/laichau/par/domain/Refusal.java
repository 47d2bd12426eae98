package vn.laichau.par.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the system refuses to do, with why: a {@link Reason} that says what kind of refusal it is, a stable
 * {@code code} (the last part of the problem type, such as {@code stale-version}), what was wrong in Vietnamese
 * and in English, the fields concerned and, for a lock, until when. Thrown by the model, the persistence and the
 * use cases alike; each adapter turns it into its own answer once (a problem+json response, a chat reply).
 */
public class Refusal extends RuntimeException {

    /** The kind of refusal; each adapter maps it once (the API to an HTTP status). */
    public enum Reason {
        /** A value is missing, malformed or out of range. */
        INVALID,
        /** No such thing. */
        NOT_FOUND,
        /** The caller is not signed in, or the credentials or token are wrong. */
        UNAUTHENTICATED,
        /** The caller may not do this. */
        FORBIDDEN,
        /** It changed since the caller read it. */
        STALE,
        /** The caller did not say which version it read. */
        VERSION_REQUIRED,
        /** The thing's state does not allow it (already finished, already decided, the same code twice). */
        CONFLICT,
        /** The task asks for evidence and none was received. */
        EVIDENCE_MISSING,
        /** A file is larger than allowed. */
        TOO_LARGE,
        /** A file's type is not accepted. */
        UNSUPPORTED_TYPE,
        /** An account is locked for a while. */
        LOCKED,
        /** Too many attempts from one client for a while. */
        TOO_MANY_ATTEMPTS,
        /** It was valid once and is no longer (an expired download link). */
        EXPIRED
    }

    /** One refused field of the input, said in Vietnamese and in English. */
    public record Violation(String field, String messageVi, String messageEn) {

        public Violation {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(messageVi, "messageVi");
            Objects.requireNonNull(messageEn, "messageEn");
        }
    }

    private final Reason reason;
    private final String code;
    private final String detailVi;
    private final List<Violation> violations;
    private final Instant until;

    private Refusal(Reason reason, String code, String detailVi, String detailEn, List<Violation> violations,
                    Instant until) {
        super(detailEn);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.code = Objects.requireNonNull(code, "code");
        this.detailVi = Objects.requireNonNull(detailVi, "detailVi");
        this.violations = List.copyOf(violations);
        this.until = until;
    }

    /** A refusal of {@code reason}, named {@code code}, said in both languages. */
    public static Refusal of(Reason reason, String code, String detailVi, String detailEn) {
        return new Refusal(reason, code, detailVi, detailEn, List.of(), null);
    }

    /** A refusal that lasts until {@code until} (a locked account, a blocked address). */
    public static Refusal until(Reason reason, String code, String detailVi, String detailEn, Instant until) {
        return new Refusal(reason, code, detailVi, detailEn, List.of(), Objects.requireNonNull(until, "until"));
    }

    /** Invalid input, the fields concerned listed. */
    public static Refusal invalid(String code, String detailVi, String detailEn, List<Violation> violations) {
        return new Refusal(Reason.INVALID, code, detailVi, detailEn, violations, null);
    }

    /** A refusal of {@code reason} that names the fields concerned. */
    public static Refusal withViolations(Reason reason, String code, String detailVi, String detailEn,
                                         List<Violation> violations) {
        return new Refusal(reason, code, detailVi, detailEn, violations, null);
    }

    /** One invalid field. */
    public static Refusal invalidField(String field, String messageVi, String messageEn) {
        return invalid("invalid-request", "Dữ liệu không hợp lệ: " + field + " " + messageVi,
                "Invalid input: " + field + " " + messageEn, List.of(new Violation(field, messageVi, messageEn)));
    }

    /** A value out of range or missing, without a field to name. */
    public static Refusal invalid(String detailVi, String detailEn) {
        return of(Reason.INVALID, "invalid-request", detailVi, detailEn);
    }

    /** No {@code whatVi}/{@code whatEn} with this id; the code is {@code <whatEn>-not-found}. */
    public static Refusal notFound(String whatVi, String whatEn, Object id) {
        return of(Reason.NOT_FOUND, whatEn.replace(' ', '-') + "-not-found", "Không tìm thấy " + whatVi + " " + id,
                "No " + whatEn + " " + id);
    }

    /** The {@code whatEn} {@code id} changed since the caller read it. */
    public static Refusal stale(String whatVi, String whatEn, Object id) {
        return of(Reason.STALE, "stale-version",
                whatVi + " " + id + " đã được người khác thay đổi; hãy tải lại rồi thử lại",
                "The " + whatEn + " " + id + " was changed meanwhile; reload it and try again");
    }

    /** The state does not allow it. */
    public static Refusal conflict(String detailVi, String detailEn) {
        return of(Reason.CONFLICT, "conflicting-state", detailVi, detailEn);
    }

    /** The caller may not do it. */
    public static Refusal forbidden(String detailVi, String detailEn) {
        return of(Reason.FORBIDDEN, "forbidden", detailVi, detailEn);
    }

    public Reason reason() {
        return reason;
    }

    /** The stable name of this refusal, such as {@code stale-version}; the API's problem type ends with it. */
    public String code() {
        return code;
    }

    public String detailVi() {
        return detailVi;
    }

    public String detailEn() {
        return getMessage();
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Until when it lasts, for a lock. */
    public Optional<Instant> until() {
        return Optional.ofNullable(until);
    }
}
