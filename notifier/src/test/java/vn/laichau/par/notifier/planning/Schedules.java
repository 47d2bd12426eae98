package vn.laichau.par.notifier.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import vn.laichau.par.notifier.recipient.Audience;

/** Plans every day of a span and describes what each day produced, for comparing whole schedules. */
final class Schedules {

    private Schedules() {
    }

    /**
     * For each day that produced alerts, one line per alert: {@code KIND@person state number}, where the
     * number is the working days left, the days overdue, or for a summary the on-time count over the due count.
     */
    static Map<LocalDate, List<String>> of(AlertPlanner planner, LocalDate from, LocalDate to,
                                           Function<LocalDate, List<AlertSubject>> stateOn, Audience audience) {
        Map<LocalDate, List<String>> schedule = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            List<String> lines = new ArrayList<>();
            for (Alert alert : planner.plan(day, stateOn.apply(day), audience)) {
                lines.add(describe(alert));
            }
            if (!lines.isEmpty()) {
                schedule.put(day, lines);
            }
        }
        return schedule;
    }

    static String describe(Alert alert) {
        String head = alert.kind() + "@" + alert.recipient().personId();
        if (alert.content() instanceof OnTimeReport report) {
            return head + " " + report.month() + " " + report.total().onTime() + "/" + report.total().due();
        }
        StringBuilder line = new StringBuilder(head);
        for (AlertItem item : ((DueItems) alert.content()).items()) {
            Notice notice = item.notice();
            line.append(' ').append(item.subject().occurrenceId()).append(':').append(switch (notice.state()) {
                case UPCOMING -> "UPCOMING " + notice.workingDaysLeft();
                case DUE_TODAY -> "DUE_TODAY";
                case OVERDUE -> "OVERDUE " + notice.daysOverdue();
            });
        }
        return line.toString();
    }
}
