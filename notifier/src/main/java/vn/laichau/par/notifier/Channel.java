package vn.laichau.par.notifier;

/** A way to reach a person. A new messenger is one more constant and one more channel implementation. */
public enum Channel {
    TELEGRAM,
    EMAIL,
    IN_APP
}
