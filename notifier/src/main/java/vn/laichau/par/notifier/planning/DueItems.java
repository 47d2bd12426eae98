package vn.laichau.par.notifier.planning;

import java.util.List;

/** The occurrences a reminder, escalation or digest is about, in the order they are shown. */
public record DueItems(List<AlertItem> items) implements AlertContent {

    public DueItems {
        items = List.copyOf(items);
    }
}
