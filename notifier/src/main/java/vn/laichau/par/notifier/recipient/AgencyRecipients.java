package vn.laichau.par.notifier.recipient;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The people of one responsible agency: the officials who do the work and the head who answers for it. */
public record AgencyRecipients(long agencyId, List<Recipient> officials, Optional<Recipient> head) {

    public AgencyRecipients {
        officials = List.copyOf(officials);
        Objects.requireNonNull(head, "head");
    }
}
