package vn.laichau.par.domain.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Due dates a person entered, one per plan year, usually for a phrase that {@link NeedsManualDate}.
 *
 * @param datesByPlanYear the due date of each plan year that has one
 * @param reasonVi        the reason or the document the dates come from, in Vietnamese
 */
public record SetByHand(Map<Integer, LocalDate> datesByPlanYear, String reasonVi) implements DeadlineRule {

    public SetByHand {
        datesByPlanYear = Map.copyOf(datesByPlanYear);
        if (reasonVi == null || reasonVi.isBlank()) {
            throw new IllegalArgumentException("A reason is required");
        }
    }

    public static SetByHand of(int planYear, LocalDate date, String reasonVi) {
        return new SetByHand(Map.of(planYear, date), reasonVi);
    }

    /** These dates with one more plan year set (or replaced). */
    public SetByHand with(int planYear, LocalDate date) {
        Map<Integer, LocalDate> dates = new TreeMap<>(datesByPlanYear);
        dates.put(planYear, Objects.requireNonNull(date, "date"));
        return new SetByHand(dates, reasonVi);
    }

    @Override
    public DeadlineKind kind() {
        return DeadlineKind.SET_BY_HAND;
    }

    @Override
    public List<DueDate> dueDates(int planYear, DeadlineContext context) {
        LocalDate date = datesByPlanYear.get(planYear);
        return date == null ? List.of() : List.of(DueDate.ofYear(planYear, date));
    }

    @Override
    public String describe() {
        return new TreeMap<>(datesByPlanYear).values().stream().map(VietnameseDates::format)
                .collect(Collectors.joining(", ", "Ngày do cán bộ nhập: ", " (" + reasonVi + ")"));
    }
}
