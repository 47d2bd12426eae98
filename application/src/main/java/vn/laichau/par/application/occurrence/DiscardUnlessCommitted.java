package vn.laichau.par.application.occurrence;

import vn.laichau.par.domain.Refusal;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes a stored evidence file when the transaction that was to record it does not commit — including a
 * failure at commit itself, after the upload's own code has returned — so no file is left without its record.
 */
final class DiscardUnlessCommitted implements Synchronization {

    private static final Logger LOG = Logger.getLogger(DiscardUnlessCommitted.class.getName());

    private final EvidenceStore store;
    private final String storagePath;

    DiscardUnlessCommitted(EvidenceStore store, String storagePath) {
        this.store = store;
        this.storagePath = storagePath;
    }

    @Override
    public void beforeCompletion() {
        // nothing to do before the outcome is known
    }

    @Override
    public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
            return;
        }
        try {
            store.discard(storagePath);
        } catch (UncheckedIOException | Refusal e) {
            LOG.log(Level.WARNING, "evidence file {0} of a transaction that did not commit could not be removed: {1}",
                    new Object[] {storagePath, e.getMessage()});
        }
    }
}
