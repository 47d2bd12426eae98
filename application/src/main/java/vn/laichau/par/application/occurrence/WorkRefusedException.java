package vn.laichau.par.application.occurrence;

/**
 * Work on an occurrence that is refused, with the reason said in Vietnamese and in English. Callers (the API,
 * the bot) turn the reason into their own answer.
 */
public class WorkRefusedException extends RuntimeException {

    /** Why. */
    public enum Reason {
        /** No such occurrence, extension or evidence. */
        NOT_FOUND,
        /** The official may not act on it (another agency's occurrence, or a role that does not write). */
        FORBIDDEN,
        /** It changed since the caller read it. */
        STALE,
        /** The task asks for evidence and none was received. */
        EVIDENCE_MISSING,
        /** Its state does not allow it (already finished, already decided). */
        CONFLICT,
        /** A value is out of range or missing. */
        INVALID,
        /** An evidence file is larger than allowed. */
        TOO_LARGE,
        /** An evidence file's type is not accepted. */
        UNSUPPORTED_TYPE
    }

    private final Reason reason;
    private final String detailVi;

    public WorkRefusedException(Reason reason, String detailVi, String detailEn) {
        super(detailEn);
        this.reason = reason;
        this.detailVi = detailVi;
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
}
