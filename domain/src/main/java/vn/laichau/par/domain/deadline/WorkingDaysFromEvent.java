package vn.laichau.par.domain.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "05 ngày làm việc kể từ ngày ký quyết định công bố": a number of working days counted from an event, the
 * event day not counted (Civil Code art. 147). Its kind is {@link DeadlineKind#WORKING_DAYS_AFTER_EVENT} in
 * both directions.
 *
 * <p>The event's day comes from the {@link DeadlineContext}; without it the rule yields nothing and
 * {@link #missingInformation} says which day is needed. An event yields a due date for the plan year the
 * event falls in, with the period {@code "<year>-E<event date>"}.
 *
 * @param workingDays the number of working days, at least 1
 * @param direction   after or before the event
 * @param eventVi     the event as the plan names it, e.g. "ký quyết định công bố"
 */
public record WorkingDaysFromEvent(int workingDays, EventDirection direction, String eventVi) implements DeadlineRule {

    public WorkingDaysFromEvent {
        Objects.requireNonNull(direction, "direction");
        if (workingDays < 1) {
            throw new IllegalArgumentException("At least one working day: " + workingDays);
        }
        if (eventVi == null || eventVi.isBlank()) {
            throw new IllegalArgumentException("The event must be named");
        }
    }

    @Override
    public DeadlineKind kind() {
        return DeadlineKind.WORKING_DAYS_AFTER_EVENT;
    }

    @Override
    public List<DueDate> dueDates(int planYear, DeadlineContext context) {
        return context.eventDate()
                .filter(event -> event.getYear() == planYear)
                .map(event -> List.of(new DueDate(planYear + "-E" + event, dueDate(event, context))))
                .orElse(List.of());
    }

    /** The due date for an event on the given day. */
    public LocalDate dueDate(LocalDate event, DeadlineContext context) {
        return direction == EventDirection.AFTER
                ? context.calendar().plusWorkingDays(event, workingDays)
                : context.calendar().minusWorkingDays(event, workingDays);
    }

    @Override
    public Optional<String> missingInformation(DeadlineContext context) {
        return context.eventDate().isPresent()
                ? Optional.empty()
                : Optional.of("Cần biết ngày " + eventVi + " để tính thời hạn");
    }

    @Override
    public String describe() {
        String days = "%02d ngày làm việc".formatted(workingDays);
        return direction == EventDirection.AFTER
                ? days + " kể từ ngày " + eventVi
                : "Trước " + days + " tính đến ngày " + eventVi;
    }
}
