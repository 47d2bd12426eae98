package vn.laichau.par.notifier.policy;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The hours of the day in which non-urgent messages are held, from {@code start} (included) to {@code end}
 * (excluded); the span may cross midnight, as the default 21:00–07:00 does. Equal start and end mean no
 * quiet hours.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0));

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static QuietHours none() {
        return new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    public boolean contains(LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }

    /** The first moment of a day at which a held message may go out: the end of quiet hours that span midnight. */
    public LocalTime morning() {
        return contains(LocalTime.MIDNIGHT) ? end : LocalTime.MIDNIGHT;
    }
}
