package vn.laichau.par.domain.model.agency;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Successor and parent links between agencies. Following either kind of link from an agency must never lead
 * back to it: a successor line that loops would leave a merged unit's duties with nobody, and a parent line
 * that loops has no top.
 */
public final class AgencyLinks {

    private AgencyLinks() {
    }

    /**
     * Whether linking {@code agencyId} to {@code linked} closes a loop: following {@code next} from
     * {@code linked} reaches {@code agencyId}. Lines that end, or loop elsewhere, do not count.
     */
    public static boolean closesLoop(long agencyId, long linked, LongFunction<Optional<Long>> next) {
        Set<Long> seen = new HashSet<>();
        Optional<Long> current = Optional.of(linked);
        while (current.isPresent() && seen.add(current.get())) {
            if (current.get() == agencyId) {
                return true;
            }
            current = next.apply(current.get());
        }
        return false;
    }
}
