package vn.laichau.par.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * A due date a person set for a task whose written deadline the engine cannot date ("Theo hướng dẫn của Bộ
 * Nội vụ"), or to replace it: either one day, or the same day of every plan year. The reason is kept.
 */
@Embeddable
public class ManualDeadline {

    @Column(name = "manual_due_date")
    private LocalDate date;

    @Column(name = "manual_every_year")
    private boolean everyYear;

    @Column(name = "manual_reason", length = 1000)
    private String reason;

    protected ManualDeadline() {
    }

    private ManualDeadline(LocalDate date, boolean everyYear, String reason) {
        this.date = Objects.requireNonNull(date, "date");
        this.everyYear = everyYear;
        this.reason = Texts.required(reason, "reason");
    }

    /** Due once, on {@code date}. */
    public static ManualDeadline once(LocalDate date, String reason) {
        return new ManualDeadline(date, false, reason);
    }

    /** Due every plan year on the day and month of {@code day} (its year is ignored). */
    public static ManualDeadline everyYear(MonthDay day, String reason) {
        return new ManualDeadline(day.atYear(2000), true, reason);
    }

    /** The due date of a plan year, if this deadline falls in it. */
    public Optional<LocalDate> dueIn(int planYear) {
        if (everyYear) {
            return Optional.of(MonthDay.from(date).atYear(planYear));
        }
        return date.getYear() == planYear ? Optional.of(date) : Optional.empty();
    }

    public boolean isEveryYear() {
        return everyYear;
    }

    public LocalDate date() {
        return date;
    }

    public String reason() {
        return reason;
    }

    public String describe() {
        return everyYear
                ? "Hằng năm trước ngày %1$td/%1$tm (do người dùng đặt) / every year by %1$td/%1$tm (set by hand)".formatted(date)
                : "Trước ngày %1$td/%1$tm/%1$tY (do người dùng đặt) / by %1$td/%1$tm/%1$tY (set by hand)".formatted(date);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ManualDeadline that && everyYear == that.everyYear && date.equals(that.date)
                && reason.equals(that.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, everyYear, reason);
    }
}
