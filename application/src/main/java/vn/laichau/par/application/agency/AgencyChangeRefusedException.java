package vn.laichau.par.application.agency;

import java.util.List;

/**
 * A change to the agencies that is refused, with the reason said in Vietnamese and in English and, for
 * invalid values, the fields concerned. The API turns the reason into its status.
 */
public class AgencyChangeRefusedException extends RuntimeException {

    /** Why. */
    public enum Reason {
        /** No such agency. */
        NOT_FOUND,
        /** It changed since the caller read it. */
        STALE,
        /** A value is missing, out of range, or names an agency that does not fit (unknown, itself, a loop). */
        INVALID,
        /** It clashes with another agency or group (the same code, the same name at the same time). */
        CONFLICT
    }

    /** One refused field, the message in Vietnamese — English. */
    public record Violation(String field, String message) {
    }

    private final Reason reason;
    private final String detailVi;
    private final List<Violation> violations;

    public AgencyChangeRefusedException(Reason reason, String detailVi, String detailEn, List<Violation> violations) {
        super(detailEn);
        this.reason = reason;
        this.detailVi = detailVi;
        this.violations = List.copyOf(violations);
    }

    public AgencyChangeRefusedException(Reason reason, String detailVi, String detailEn) {
        this(reason, detailVi, detailEn, List.of());
    }

    public Reason reason() {
        return reason;
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
}
