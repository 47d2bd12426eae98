package vn.laichau.par.bot.intake;

/**
 * Remembers which webhook updates were received, so that one update id is handled once even when Telegram
 * posts it again or a load balancer hands the same update to two server instances.
 */
@FunctionalInterface
public interface UpdateLedger {

    /** Remembers nothing: every delivery is handled (a single instance in tests). */
    UpdateLedger NONE = updateId -> true;

    /** Records the id; true the first time it is seen by any instance. */
    boolean firstDelivery(long updateId);
}
