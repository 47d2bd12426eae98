package vn.laichau.par.domain.deadline;

import java.util.List;

/**
 * "Theo quy định chế độ báo cáo của Bộ Nội vụ": the quarter I, six-month, quarter III and year reports, due
 * on the days of the context's {@link ReportingCalendar}.
 */
public record ByReportingCalendar() implements DeadlineRule {

    @Override
    public DeadlineKind kind() {
        return DeadlineKind.REPORTING_CALENDAR;
    }

    @Override
    public List<DueDate> dueDates(int planYear, DeadlineContext context) {
        return context.reporting().dueDates(planYear);
    }

    @Override
    public String describe() {
        return "Theo chế độ báo cáo: báo cáo quý I, 6 tháng, quý III và báo cáo năm";
    }
}
