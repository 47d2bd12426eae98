package vn.laichau.par.persistence.outbox;

import java.time.LocalTime;
import java.util.Objects;

/** The hours an official asked not to be disturbed in, from {@code from} (included) to {@code to} (excluded). */
public record PersonalQuietHours(LocalTime from, LocalTime to) {

    public PersonalQuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
