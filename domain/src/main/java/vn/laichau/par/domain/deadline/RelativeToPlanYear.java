package vn.laichau.par.domain.deadline;

import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * A day in a year counted from the plan year: "Trước 31/12 năm trước liền kề năm kế hoạch" is
 * {@code (31/12, -1)}, so the 2019 occurrence is due 31/12/2018; "Trong năm kế hoạch" is {@code (31/12, 0)};
 * "trước ngày 31/01 của năm sau liền kề năm thực hiện kế hoạch" is {@code (31/01, +1)}.
 *
 * @param day        the day of the year
 * @param yearOffset the year of the due date minus the plan year
 */
public record RelativeToPlanYear(MonthDay day, int yearOffset) implements DeadlineRule {

    public RelativeToPlanYear {
        Objects.requireNonNull(day, "day");
    }

    @Override
    public DeadlineKind kind() {
        return DeadlineKind.RELATIVE_TO_PLAN_YEAR;
    }

    @Override
    public List<DueDate> dueDates(int planYear, DeadlineContext context) {
        return List.of(DueDate.ofYear(planYear, day.atYear(planYear + yearOffset)));
    }

    @Override
    public String describe() {
        String base = "Trước ngày " + VietnameseDates.format(day);
        return switch (yearOffset) {
            case 0 -> base + " năm kế hoạch";
            case -1 -> base + " năm trước liền kề năm kế hoạch";
            case 1 -> base + " năm sau liền kề năm kế hoạch";
            default -> base + (yearOffset < 0
                    ? ", " + (-yearOffset) + " năm trước năm kế hoạch"
                    : ", " + yearOffset + " năm sau năm kế hoạch");
        };
    }
}
