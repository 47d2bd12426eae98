package vn.laichau.par.domain.model.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * Who makes a change and through which channel: an official (by identifier, with the name shown in history)
 * or the system itself.
 */
public record Actor(Optional<Long> officialId, String name, Channel channel) {

    public Actor {
        Objects.requireNonNull(officialId, "officialId");
        Objects.requireNonNull(channel, "channel");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An actor needs a name");
        }
    }

    public static Actor official(long officialId, String name, Channel channel) {
        return new Actor(Optional.of(officialId), name, channel);
    }

    /** The system acting on its own: the start-up load, a scheduled job. */
    public static Actor system(String what) {
        return new Actor(Optional.empty(), what, Channel.SYSTEM);
    }
}
