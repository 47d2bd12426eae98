package vn.laichau.par.application.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** The container's unit of work: a new JTA transaction that every use case and repository called joins. */
@ApplicationScoped
public class TransactionalUnitOfWork implements UnitOfWork {

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
