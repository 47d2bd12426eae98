package vn.laichau.par.notifier.planning;

import java.util.HashMap;
import java.util.Map;
import vn.laichau.par.notifier.recipient.Recipient;

/** The items one person receives in one message, each occurrence once, the most pressing first. */
final class PersonalList {

    private final Recipient recipient;
    private final Map<Long, AlertItem> items = new HashMap<>();

    PersonalList(Recipient recipient) {
        this.recipient = recipient;
    }

    Recipient recipient() {
        return recipient;
    }

    void add(AlertItem item) {
        items.putIfAbsent(item.subject().occurrenceId(), item);
    }

    DueItems content() {
        return new DueItems(items.values().stream().sorted(AlertItem.BY_URGENCY).toList());
    }
}
