package vn.laichau.par.domain.deadline;

import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * "Thường xuyên": ongoing work. It still owes a yearly result report, due before 25/12 of every plan year
 * (section III of the plan), which is the one due date it yields.
 *
 * @param resultReportDay the day the yearly result report is due
 */
public record Continuous(MonthDay resultReportDay) implements DeadlineRule {

    public static final MonthDay YEARLY_RESULT_REPORT = MonthDay.of(12, 25);

    public Continuous {
        Objects.requireNonNull(resultReportDay, "resultReportDay");
    }

    public Continuous() {
        this(YEARLY_RESULT_REPORT);
    }

    @Override
    public DeadlineKind kind() {
        return DeadlineKind.CONTINUOUS;
    }

    @Override
    public List<DueDate> dueDates(int planYear, DeadlineContext context) {
        return List.of(DueDate.ofYear(planYear, resultReportDay.atYear(planYear)));
    }

    @Override
    public String describe() {
        return "Thường xuyên; báo cáo kết quả trước ngày " + VietnameseDates.format(resultReportDay) + " hằng năm";
    }
}
