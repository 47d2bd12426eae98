package vn.laichau.par.persistence.official;

import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
        countAgainAfterTransaction();
    }

    /**
     * Counts again when the container's transaction ends, if the change is written in one that still takes
     * synchronizations (not in a resource-local unit, as in the persistence tests).
     */
    private static void countAgainAfterTransaction() {
        try {
            TransactionSynchronizationRegistry registry =
                    (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
            if (registry.getTransactionKey() != null) {
                registry.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        COUNT.incrementAndGet();
                    }
                });
            }
        } catch (NamingException | RuntimeException e) {
            // no container transaction to follow: the count raised when the change was written stands alone
        }
    }
}
