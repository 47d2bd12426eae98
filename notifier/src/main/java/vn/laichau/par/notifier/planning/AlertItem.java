package vn.laichau.par.notifier.planning;

import java.util.Comparator;
import java.util.Objects;

/** One occurrence inside a message, with what the message says about it. */
public record AlertItem(AlertSubject subject, Notice notice) {

    /** The most pressing first, then the earliest due, then by task code. */
    public static final Comparator<AlertItem> BY_URGENCY = Comparator
            .comparing((AlertItem item) -> item.notice().state())
            .thenComparing(item -> item.subject().dueDate())
            .thenComparing(item -> item.subject().taskCode())
            .thenComparingLong(item -> item.subject().occurrenceId());

    /** The earliest due first, then by task code. */
    public static final Comparator<AlertItem> BY_DUE_DATE = Comparator
            .comparing((AlertItem item) -> item.subject().dueDate())
            .thenComparing(item -> item.subject().taskCode())
            .thenComparingLong(item -> item.subject().occurrenceId());

    public AlertItem {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(notice, "notice");
    }
}
