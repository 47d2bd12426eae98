package vn.laichau.par.notifier;

/**
 * A way an alert reaches a person (not to be confused with the audit trail's channel, through which an actor
 * acted). A new messenger is one more constant and one more {@link AlertChannel} implementation.
 */
public enum DeliveryChannel {
    ZALO,
    TELEGRAM,
    EMAIL,
    IN_APP
}
