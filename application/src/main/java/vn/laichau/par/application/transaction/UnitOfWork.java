package vn.laichau.par.application.transaction;

import java.util.function.Supplier;

/**
 * Runs a piece of work in a transaction of its own, committed when it returns and rolled back when it throws:
 * for an adapter (the bot) whose one incoming message makes several use-case calls that belong together.
 */
@FunctionalInterface
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);
}
