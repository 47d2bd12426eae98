package vn.laichau.par.persistence.occurrence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** What a list of occurrences is narrowed by; every part is optional. */
public record OccurrenceCriteria(Optional<Integer> planYear, Optional<StatusFilter> status, Optional<Long> agencyId,
                                 Optional<Long> taskId, Optional<LocalDate> dueFrom, Optional<LocalDate> dueTo,
                                 Optional<Instant> updatedSince) {

    /** Every occurrence. */
    public static OccurrenceCriteria none() {
        return new OccurrenceCriteria(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
