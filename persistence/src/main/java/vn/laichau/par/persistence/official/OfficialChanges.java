package vn.laichau.par.persistence.official;

import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A count of the changes written to officials by this server process: raised when a changed official is written
 * and again when its transaction ends, so that what was read about an official before the count moved can be
 * told apart from what was read after the change was committed. An entity listener of {@code Official}
 * (declared in {@code META-INF/orm.xml}); changes made by another process are not counted here.
 */
public class OfficialChanges {

    private static final AtomicLong COUNT = new AtomicLong();
    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    /** The changes counted so far; equal counts before and after a read mean no change was written meanwhile. */
    public static long count() {
        return COUNT.get();
    }

    @PostUpdate
    @PostRemove
    void written(Object official) {
        COUNT.incrementAndGet();
        afterTransaction().ifPresent(registry -> registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                COUNT.incrementAndGet();
            }
        }));
    }

    /** The container's transactions, when the change is written in one (not in a resource-local unit). */
    private static Optional<TransactionSynchronizationRegistry> afterTransaction() {
        try {
            TransactionSynchronizationRegistry registry =
                    (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
            return registry.getTransactionKey() == null ? Optional.empty() : Optional.of(registry);
        } catch (NamingException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
