package vn.laichau.par.domain.model.occurrence;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The occurrences a plan calls for in some plan years, and the tasks that yielded none and why. */
public record Expansion(List<PlannedOccurrence> occurrences, List<UnscheduledTask> unscheduled) {

    public Expansion {
        occurrences = List.copyOf(occurrences);
        unscheduled = List.copyOf(unscheduled);
    }

    /** The number of occurrences per task code, in code order of the appendix. */
    public Map<String, Long> countByTask() {
        return occurrences.stream().collect(Collectors.groupingBy(o -> o.task().code(), TreeMap::new,
                Collectors.counting()));
    }
}
