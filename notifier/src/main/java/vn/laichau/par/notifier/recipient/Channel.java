package vn.laichau.par.notifier.recipient;

/** A way to reach a person. A new messenger is one more constant and one more channel implementation. */
public enum Channel {
    TELEGRAM,
    EMAIL,
    IN_APP
}
