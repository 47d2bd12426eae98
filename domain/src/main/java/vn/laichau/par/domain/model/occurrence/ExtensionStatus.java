package vn.laichau.par.domain.model.occurrence;

/** Where a request to move a deadline stands. */
public enum ExtensionStatus {
    PENDING,
    APPROVED,
    REJECTED
}
