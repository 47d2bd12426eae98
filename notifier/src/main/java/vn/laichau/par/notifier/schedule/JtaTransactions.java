package vn.laichau.par.notifier.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Function;
import vn.laichau.par.notifier.channel.Transactions;

/** Each piece of work in a JTA transaction of its own, committed when it returns. */
@ApplicationScoped
public class JtaTransactions implements Transactions {

    private final EntityManager em;

    @Inject
    public JtaTransactions(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected JtaTransactions() {
        this(null);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return work.apply(em);
    }
}
