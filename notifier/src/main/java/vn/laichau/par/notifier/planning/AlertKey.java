package vn.laichau.par.notifier.planning;

import java.time.LocalDate;
import java.util.Objects;
import vn.laichau.par.notifier.policy.AlertKind;

/**
 * What makes an alert the same alert however often the day is planned: its subject, kind, recipient and
 * day. The subject is the merged list of the day ({@code daily}), or the week or month a digest covers.
 */
public record AlertKey(String subject, AlertKind kind, long recipientId, LocalDate day) {

    public static final String DAILY = "daily";

    public AlertKey {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(day, "day");
    }

    /** The key as one string, for a unique column: {@code REMINDER/daily/42/2025-10-16}. */
    public String value() {
        return kind + "/" + subject + "/" + recipientId + "/" + day;
    }

    @Override
    public String toString() {
        return value();
    }
}
