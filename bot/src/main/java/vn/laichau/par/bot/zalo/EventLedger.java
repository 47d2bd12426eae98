package vn.laichau.par.bot.zalo;

/** Remembers the events taken on, so that one delivered again is handled once. */
@FunctionalInterface
public interface EventLedger {

    /** True the first time {@code eventKey} is seen, false for a re-delivery. */
    boolean firstTime(String eventKey);
}
