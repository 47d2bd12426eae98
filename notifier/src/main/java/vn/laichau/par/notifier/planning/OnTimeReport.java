package vn.laichau.par.notifier.planning;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/** The on-time figures of the occurrences due in one month, by agency and for the whole province. */
public record OnTimeReport(YearMonth month, List<AgencyOnTime> agencies) implements AlertContent {

    public OnTimeReport {
        Objects.requireNonNull(month, "month");
        agencies = List.copyOf(agencies);
    }

    public AgencyOnTime total() {
        return agencies.stream().reduce(new AgencyOnTime(0, "", 0, 0, 0), AgencyOnTime::plus);
    }
}
