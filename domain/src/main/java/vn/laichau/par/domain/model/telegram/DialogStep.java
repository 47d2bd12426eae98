package vn.laichau.par.domain.model.telegram;

/** The answer a chat's dialog waits for. */
public enum DialogStep {
    /** The note of a progress report whose percent was chosen. */
    PROGRESS_NOTE,
    /** The reason of an extension request. */
    EXTENSION_REASON,
    /** An evidence file for a chosen occurrence. */
    EVIDENCE_FILE,
    /** The occurrence that a file already sent (and held by the dialog) is evidence for. */
    EVIDENCE_OCCURRENCE
}
