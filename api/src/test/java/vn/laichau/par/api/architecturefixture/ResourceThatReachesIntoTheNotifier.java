package vn.laichau.par.api.architecturefixture;

import vn.laichau.par.notifier.outbox.OutboxRows;

/** A deliberate violation: an adapter that uses another module's internal package. */
public class ResourceThatReachesIntoTheNotifier {

    public Class<?> internals() {
        return OutboxRows.class;
    }
}
