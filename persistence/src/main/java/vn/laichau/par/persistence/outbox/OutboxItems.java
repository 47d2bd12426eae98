package vn.laichau.par.persistence.outbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The occurrences a message lists as its row keeps them (column {@code items}), grouped by the due date each had
 * when the message was planned: {@code 2025-10-16:100,101;2025-10-09:97}. A group without a date
 * ({@code 100,101}) holds occurrences whose planned due date is unknown. A day's reminders name a handful of due
 * dates, so a list of hundreds of items stays a few characters an item.
 */
final class OutboxItems {

    private OutboxItems() {
    }

    /** The column's text, or null for a message that lists no occurrence. */
    static String write(Collection<Long> occurrences, Map<Long, LocalDate> dueDates) {
        if (occurrences.isEmpty()) {
            return null;
        }
        Map<LocalDate, List<Long>> byDue = new TreeMap<>();
        List<Long> undated = new ArrayList<>();
        for (Long id : occurrences) {
            LocalDate due = dueDates.get(id);
            if (due == null) {
                undated.add(id);
            } else {
                byDue.computeIfAbsent(due, d -> new ArrayList<>()).add(id);
            }
        }
        StringBuilder text = new StringBuilder(occurrences.size() * 8 + byDue.size() * 12);
        byDue.forEach((due, ids) -> group(text, due.toString() + ":", ids));
        if (!undated.isEmpty()) {
            group(text, "", undated);
        }
        return text.toString();
    }

    private static void group(StringBuilder text, String head, List<Long> ids) {
        if (!text.isEmpty()) {
            text.append(';');
        }
        text.append(head);
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(ids.get(i));
        }
    }

    /** The occurrences of the column's text, in its order. */
    static Set<Long> occurrences(String text) {
        Set<Long> ids = new LinkedHashSet<>();
        read(text, (id, due) -> ids.add(id));
        return ids;
    }

    /** The planned due dates the column's text records. */
    static Map<Long, LocalDate> dueDates(String text) {
        Map<Long, LocalDate> dueDates = new HashMap<>();
        read(text, (id, due) -> {
            if (due != null) {
                dueDates.put(id, due);
            }
        });
        return dueDates;
    }

    private interface ItemSink {
        void accept(long occurrenceId, LocalDate due);
    }

    private static void read(String text, ItemSink sink) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String group : text.split(";")) {
            int colon = group.indexOf(':');
            LocalDate due = colon < 0 ? null : LocalDate.parse(group.substring(0, colon).strip());
            for (String id : group.substring(colon + 1).split(",")) {
                if (!id.isBlank()) {
                    sink.accept(Long.parseLong(id.strip()), due);
                }
            }
        }
    }
}
