package vn.laichau.par.notifier.planning;

import java.util.Comparator;
import java.util.Objects;

/** One occurrence inside a message, with what the message says about it. */
public record AlertItem(AlertSubject subject, Notice notice) {

    /** The most pressing first, then the earliest due, then by task code. */
    public static final Comparator<AlertItem> BY_URGENCY = (a, b) -> {
        int state = a.notice().state().compareTo(b.notice().state());
        return state != 0 ? state : compareDue(a, b);
    };

    /** The earliest due first, then by task code. */
    public static final Comparator<AlertItem> BY_DUE_DATE = AlertItem::compareDue;

    private static int compareDue(AlertItem a, AlertItem b) {
        int due = a.subject().dueDate().compareTo(b.subject().dueDate());
        if (due != 0) {
            return due;
        }
        int code = a.subject().taskCode().compareTo(b.subject().taskCode());
        return code != 0 ? code : Long.compare(a.subject().occurrenceId(), b.subject().occurrenceId());
    }

    public AlertItem {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(notice, "notice");
    }
}
