package vn.laichau.par.domain.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * "2026–2027", "Giai đoạn 2026–2030": one obligation for the whole span, due on its last day (31/12 of the last
 * year), counted in the plan year the span ends in — not one obligation a year.
 *
 * @param firstYear the span's first year
 * @param lastYear  its last year, after the first and at most 20 years on
 */
public record Span(int firstYear, int lastYear) implements DeadlineRule {

    public Span {
        if (lastYear <= firstYear || lastYear - firstYear > 20) {
            throw new IllegalArgumentException("A span of 2 to 21 years: " + firstYear + "–" + lastYear);
        }
    }

    @Override
    public DeadlineKind kind() {
        return DeadlineKind.SPAN;
    }

    @Override
    public List<DueDate> dueDates(int planYear, DeadlineContext context) {
        return planYear == lastYear ? List.of(DueDate.ofYear(planYear, LocalDate.of(lastYear, 12, 31))) : List.of();
    }

    @Override
    public String describe() {
        return "Giai đoạn " + firstYear + "–" + lastYear;
    }

    @Override
    public String meaningOf(DueDate due) {
        return "hết giai đoạn " + firstYear + "–" + lastYear + " (một lần cho cả giai đoạn)";
    }
}
