package vn.laichau.par.notifier.planning;

/** Where an open occurrence stands on the day a message about it goes out; the most pressing first. */
public enum DueState {
    OVERDUE,
    DUE_TODAY,
    UPCOMING
}
