package vn.laichau.par.bot.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Function;
import vn.laichau.par.bot.tracker.BotTransactions;

/** Each update in a JTA transaction of its own, on the application's persistence unit. */
@ApplicationScoped
public class JtaBotTransactions implements BotTransactions {

    @PersistenceContext(unitName = "par")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return work.apply(em);
    }
}
