package vn.laichau.par.notifier.recipient;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.laichau.par.notifier.policy.QuietHours;

/**
 * A person who may receive alerts: the channels to try, in the order of the person's preference, the tasks
 * the person muted, and the person's own quiet hours (none when equal start and end), kept on top of the
 * policy's. A person without any chosen channel still has the in-app feed.
 */
public record Recipient(long personId, String name, List<ChannelPreference> channels, Set<Long> mutedTaskIds,
                        QuietHours quietHours) {

    public Recipient {
        Objects.requireNonNull(name, "name");
        channels = channels.isEmpty() ? List.of(ChannelPreference.inApp(personId)) : List.copyOf(channels);
        mutedTaskIds = Set.copyOf(mutedTaskIds);
        Objects.requireNonNull(quietHours, "quietHours");
    }

    /** A person without quiet hours of their own. */
    public Recipient(long personId, String name, List<ChannelPreference> channels, Set<Long> mutedTaskIds) {
        this(personId, name, channels, mutedTaskIds, QuietHours.none());
    }

    public static Recipient of(long personId, String name, ChannelPreference... channels) {
        return new Recipient(personId, name, List.of(channels), Set.of());
    }

    public Recipient muting(long taskId) {
        Set<Long> muted = new HashSet<>(mutedTaskIds);
        muted.add(taskId);
        return new Recipient(personId, name, channels, muted, quietHours);
    }

    public boolean hasMuted(long taskId) {
        return mutedTaskIds.contains(taskId);
    }
}
