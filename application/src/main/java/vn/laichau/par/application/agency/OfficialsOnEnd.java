package vn.laichau.par.application.agency;

/** What becomes of the active officials of an agency that ends. */
public enum OfficialsOnEnd {
    /** They act for the successor from now on (their sessions for the old agency end). */
    MOVE_TO_SUCCESSOR,
    /** Their accounts are deactivated (their sessions end). */
    DEACTIVATE
}
