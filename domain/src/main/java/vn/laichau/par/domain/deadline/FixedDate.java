package vn.laichau.par.domain.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** "Xong trước 30/12/2017": one date, yielded for the plan year it falls in and for no other. */
public record FixedDate(LocalDate date) implements DeadlineRule {

    public FixedDate {
        Objects.requireNonNull(date, "date");
    }

    @Override
    public DeadlineKind kind() {
        return DeadlineKind.FIXED_DATE;
    }

    @Override
    public List<DueDate> dueDates(int planYear, DeadlineContext context) {
        return planYear == date.getYear() ? List.of(DueDate.ofYear(planYear, date)) : List.of();
    }

    @Override
    public String describe() {
        return "Trước ngày " + VietnameseDates.format(date);
    }
}
