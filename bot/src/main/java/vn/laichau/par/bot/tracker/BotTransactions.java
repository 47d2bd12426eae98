package vn.laichau.par.bot.tracker;

import jakarta.persistence.EntityManager;
import java.util.function.Function;

/** Runs the handling of one update in a transaction of its own; commits when {@code work} returns. */
@FunctionalInterface
public interface BotTransactions {

    <T> T inTransaction(Function<EntityManager, T> work);
}
