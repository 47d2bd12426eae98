package vn.laichau.par.notifier.recipient;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everyone the planner may address: the people of each responsible agency and of the monitoring agency. */
public final class Audience {

    private final Map<Long, AgencyRecipients> agencies;
    private final List<Recipient> monitoring;

    public Audience(Collection<AgencyRecipients> agencies, List<Recipient> monitoring) {
        this.agencies = agencies.stream()
                .collect(Collectors.toUnmodifiableMap(AgencyRecipients::agencyId, Function.identity()));
        this.monitoring = List.copyOf(monitoring);
    }

    public Optional<AgencyRecipients> of(long agencyId) {
        return Optional.ofNullable(agencies.get(agencyId));
    }

    /** The people of the monitoring agency (Sở Nội vụ) who follow the plan. */
    public List<Recipient> monitoring() {
        return monitoring;
    }
}
