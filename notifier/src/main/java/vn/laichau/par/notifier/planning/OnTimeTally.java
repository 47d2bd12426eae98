package vn.laichau.par.notifier.planning;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import vn.laichau.par.domain.model.occurrence.OccurrenceStatus;

/** Counts the occurrences due in one month by agency and outcome, for the monthly summary. */
final class OnTimeTally {

    private final YearMonth month;
    private final Map<Long, AgencyOnTime> byAgency = new TreeMap<>();

    OnTimeTally(YearMonth month) {
        this.month = month;
    }

    YearMonth month() {
        return month;
    }

    /** Counts the occurrence when it was due in the month, by its status on the day of the summary. */
    void count(AlertSubject subject, OccurrenceStatus status) {
        if (!YearMonth.from(subject.dueDate()).equals(month)) {
            return;
        }
        long id = subject.agencyId();
        String name = subject.agencyName();
        AgencyOnTime one = switch (status) {
            case FINISHED_EARLY, FINISHED_ON_TIME -> new AgencyOnTime(id, name, 1, 0, 0);
            case FINISHED_LATE -> new AgencyOnTime(id, name, 0, 1, 0);
            case NOT_YET_DUE, DUE_SOON, OVERDUE -> new AgencyOnTime(id, name, 0, 0, 1);
        };
        byAgency.merge(id, one, AgencyOnTime::plus);
    }

    boolean isEmpty() {
        return byAgency.isEmpty();
    }

    OnTimeReport report() {
        return new OnTimeReport(month, byAgency.values().stream()
                .sorted(Comparator.comparing(AgencyOnTime::agencyName).thenComparingLong(AgencyOnTime::agencyId))
                .toList());
    }
}
