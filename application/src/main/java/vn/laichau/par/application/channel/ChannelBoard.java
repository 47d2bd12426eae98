package vn.laichau.par.application.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The state of every messenger channel of this instance, as its intake last saw it. A channel that stays down
 * longer than {@link #LONG_OUTAGE} is announced to the administrators once ({@link OutageNotice}); the next
 * failure report after that moment makes the announcement, and the intakes report at least every five minutes
 * while they retry.
 */
@ApplicationScoped
public class ChannelBoard {

    /** How long a channel may be down before the administrators are told. */
    public static final Duration LONG_OUTAGE = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(ChannelBoard.class.getName());

    private final Clock clock;
    private final OutageNotice notice;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    @Inject
    public ChannelBoard(Clock clock, OutageNotice notice) {
        this.clock = clock;
        this.notice = notice;
    }

    /** For the container's client proxy only. */
    protected ChannelBoard() {
        this.clock = null;
        this.notice = null;
    }

    /** The reporting side of {@code channel}; the channel is listed from now on, down until it first answers. */
    public ChannelWatch watch(String channel) {
        Objects.requireNonNull(channel, "channel");
        states.computeIfAbsent(channel, c -> new State(false, Instant.now(clock), "not connected yet"));
        return new ChannelWatch() {
            @Override
            public void up() {
                reportUp(channel);
            }

            @Override
            public void down(String error) {
                reportDown(channel, error);
            }
        };
    }

    /** Every watched channel, by name. */
    public List<ChannelStatus> statuses() {
        return states.entrySet().stream()
                .map(e -> e.getValue().status(e.getKey()))
                .sorted(Comparator.comparing(ChannelStatus::channel))
                .toList();
    }

    /** One channel, if it is watched. */
    public Optional<ChannelStatus> status(String channel) {
        return Optional.ofNullable(states.get(channel)).map(state -> state.status(channel));
    }

    private void reportUp(String channel) {
        Instant now = Instant.now(clock);
        states.compute(channel, (c, old) -> old != null && old.up ? old.checked(now)
                : new State(true, now, null));
    }

    private void reportDown(String channel, String error) {
        Instant now = Instant.now(clock);
        String detail = error == null || error.isBlank() ? "unknown error" : error;
        State state = states.compute(channel, (c, old) -> old != null && !old.up
                ? old.failedAgain(detail, now) : new State(false, now, detail));
        if (!state.announced && !now.isBefore(state.since.plus(LONG_OUTAGE))) {
            try {
                notice.announce(channel, state.since, detail);
                states.computeIfPresent(channel, (c, current) -> current.since.equals(state.since)
                        ? current.markAnnounced() : current);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Announcing the outage of " + channel + " failed; trying again");
            }
        }
    }

    private static final class State {
        private final boolean up;
        private final Instant since;
        private final String lastError;
        private final Instant checkedAt;
        private final boolean announced;

        State(boolean up, Instant since, String lastError) {
            this(up, since, lastError, since, false);
        }

        private State(boolean up, Instant since, String lastError, Instant checkedAt, boolean announced) {
            this.up = up;
            this.since = since;
            this.lastError = lastError;
            this.checkedAt = checkedAt;
            this.announced = announced;
        }

        State checked(Instant now) {
            return new State(up, since, lastError, now, announced);
        }

        State failedAgain(String error, Instant now) {
            return new State(false, since, error, now, announced);
        }

        State markAnnounced() {
            return new State(up, since, lastError, checkedAt, true);
        }

        ChannelStatus status(String channel) {
            return new ChannelStatus(channel, up, since, Optional.ofNullable(lastError), checkedAt);
        }
    }
}
