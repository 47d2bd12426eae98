package vn.laichau.par.notifier.channel;

import jakarta.persistence.EntityManager;
import java.util.function.Function;

/**
 * Runs work in a transaction of its own and commits it: a JTA transaction in the container, a resource-local
 * one in tests and tools. The dispatcher and the in-app channel keep each of theirs short.
 */
@FunctionalInterface
public interface Transactions {

    <T> T inTransaction(Function<EntityManager, T> work);
}
