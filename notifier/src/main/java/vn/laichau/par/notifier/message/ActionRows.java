package vn.laichau.par.notifier.message;

import vn.laichau.par.notifier.ItemAction;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.laichau.par.notifier.ItemAction.Kind;
import vn.laichau.par.notifier.planning.AlertSubject;

/**
 * The buttons under an alert to an official: "Đã hoàn thành", "Xin gia hạn" and "Nộp minh chứng" for each of
 * its first items as the message lists them (the most pressing, soonest due first), at most {@link #MAX_ITEMS}
 * of them so that the keyboard stays short on a phone; the items after them keep their command links. A message
 * about one item gets the buttons with their full labels; a merged message gets one row per item, each button
 * naming the item's task code (with its due day when two items share a code, or its occurrence id, which the
 * message's command links show, when they share the day too).
 */
final class ActionRows {

    /** How many items of a merged message get buttons. */
    static final int MAX_ITEMS = 6;

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    private ActionRows() {
    }

    /** The items, among those shown in this order, that get buttons: the first ones whose version is known. */
    static List<AlertSubject> chosen(List<AlertSubject> shown, Map<Long, Long> versions) {
        List<AlertSubject> chosen = new ArrayList<>();
        for (AlertSubject subject : shown) {
            if (chosen.size() == MAX_ITEMS) {
                break;
            }
            if (versions.containsKey(subject.occurrenceId())) {
                chosen.add(subject);
            }
        }
        return chosen;
    }

    /** The rows of buttons for the chosen items of a message that lists {@code shownItems} items in all. */
    static List<List<ItemAction>> rows(List<AlertSubject> chosen, int shownItems, Map<Long, Long> versions) {
        if (chosen.isEmpty()) {
            return List.of();
        }
        if (shownItems == 1 && chosen.size() == 1) {
            AlertSubject only = chosen.get(0);
            long id = only.occurrenceId();
            long version = versions.get(id);
            return List.of(
                    List.of(new ItemAction(Kind.FINISH, id, version, "✅ Đã hoàn thành"),
                            new ItemAction(Kind.EXTEND, id, version, "⏳ Xin gia hạn")),
                    List.of(new ItemAction(Kind.EVIDENCE, id, version, "📎 Nộp minh chứng")));
        }
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> codesAndDays = new HashMap<>();
        chosen.forEach(subject -> {
            codes.merge(subject.taskCode(), 1, Integer::sum);
            codesAndDays.merge(withDay(subject), 1, Integer::sum);
        });
        List<List<ItemAction>> rows = new ArrayList<>();
        for (AlertSubject subject : chosen) {
            long id = subject.occurrenceId();
            long version = versions.get(id);
            String name = codes.get(subject.taskCode()) == 1 ? subject.taskCode()
                    : codesAndDays.get(withDay(subject)) == 1 ? withDay(subject) : subject.taskCode() + " #" + id;
            rows.add(List.of(new ItemAction(Kind.FINISH, id, version, "✅ " + name + " Xong"),
                    new ItemAction(Kind.EXTEND, id, version, "⏳ " + name + " Gia hạn"),
                    new ItemAction(Kind.EVIDENCE, id, version, "📎 " + name + " Minh chứng")));
        }
        return rows;
    }

    private static String withDay(AlertSubject subject) {
        return subject.taskCode() + " " + DAY_MONTH.format(subject.dueDate());
    }
}
