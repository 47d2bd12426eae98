package vn.laichau.par.notifier.planning;

/** What an alert carries: a list of occurrences, or the on-time figures of a month. */
public sealed interface AlertContent permits DueItems, OnTimeReport {
}
