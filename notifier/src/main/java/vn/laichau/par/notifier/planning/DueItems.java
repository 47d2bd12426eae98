package vn.laichau.par.notifier.planning;

import java.util.List;

/**
 * The occurrences a reminder, escalation or digest is about, in the order they are shown; for the weekly digest
 * also how many alerts of the past week reached nobody ({@code undelivered}) and how many reached only the in-app
 * feed although the person had a messenger or e-mail ({@code feedOnly}).
 */
public record DueItems(List<AlertItem> items, long undelivered, long feedOnly) implements AlertContent {

    public DueItems {
        items = List.copyOf(items);
    }

    public DueItems(List<AlertItem> items) {
        this(items, 0, 0);
    }

    /** The same items with the past week's delivery counts. */
    public DueItems withDeliveryCounts(long undeliveredAlerts, long feedOnlyAlerts) {
        return new DueItems(items, undeliveredAlerts, feedOnlyAlerts);
    }
}
