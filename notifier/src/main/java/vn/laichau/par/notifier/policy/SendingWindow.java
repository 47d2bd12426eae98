package vn.laichau.par.notifier.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;

/**
 * When a message may go out: non-urgent kinds only outside quiet hours on a working day, urgent kinds at
 * once. The planner uses it to stamp each alert with its earliest sending time; a dispatcher uses it again
 * when a retry would otherwise land in the night or on a day off.
 */
public final class SendingWindow {

    private final AlertPolicy policy;
    private final WorkingDayCalendar calendar;

    public SendingWindow(AlertPolicy policy, WorkingDayCalendar calendar) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The morning of {@code day} at which held messages go out, as an instant. */
    public Instant morningOf(LocalDate day) {
        return day.atTime(policy.quietHours().morning()).atZone(policy.zone()).toInstant();
    }

    /** The start of {@code day} in the policy's zone, when urgent alerts planned for it may go. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(policy.zone()).toInstant();
    }

    /** The earliest instant at or after {@code candidate} at which a message of this kind may be sent. */
    public Instant earliestSendingTime(AlertKind kind, Instant candidate) {
        if (policy.isUrgent(kind)) {
            return candidate;
        }
        LocalDateTime local = ZonedDateTime.ofInstant(candidate, policy.zone()).toLocalDateTime();
        LocalDate day = local.toLocalDate();
        QuietHours quiet = policy.quietHours();
        if (calendar.isWorkingDay(day)) {
            if (!quiet.contains(local.toLocalTime())) {
                return candidate;
            }
            if (local.toLocalTime().isBefore(quiet.end())) {
                return day.atTime(quiet.end()).atZone(policy.zone()).toInstant();
            }
        }
        return morningOf(calendar.nextWorkingDayOnOrAfter(day.plusDays(1)));
    }

    /**
     * The earliest instant at or after {@code candidate} at which a message of this kind may reach a person who
     * keeps {@code personal} quiet hours as well as the policy's. Urgent kinds go at once. When the two together
     * leave no free hour, the person's are set aside and only the policy's apply.
     */
    public Instant earliestSendingTime(AlertKind kind, Instant candidate, QuietHours personal) {
        if (policy.isUrgent(kind)) {
            return candidate;
        }
        Instant time = earliestSendingTime(kind, candidate);
        for (int attempt = 0; attempt < 4; attempt++) {
            LocalDateTime local = ZonedDateTime.ofInstant(time, policy.zone()).toLocalDateTime();
            if (!personal.contains(local.toLocalTime())) {
                return time;
            }
            LocalDate day = local.toLocalTime().isBefore(personal.end()) ? local.toLocalDate()
                    : local.toLocalDate().plusDays(1);
            time = earliestSendingTime(kind, day.atTime(personal.end()).atZone(policy.zone()).toInstant());
        }
        return earliestSendingTime(kind, candidate);
    }
}
