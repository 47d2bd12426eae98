package vn.laichau.par.notifier.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Function;
import vn.laichau.par.notifier.channel.Transactions;

/** Each piece of work in a JTA transaction of its own, committed when it returns. */
@ApplicationScoped
public class JtaTransactions implements Transactions {

    @PersistenceContext(unitName = "par")
    private EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return work.apply(em);
    }
}
