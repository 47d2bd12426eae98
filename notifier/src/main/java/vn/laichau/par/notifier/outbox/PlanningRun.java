package vn.laichau.par.notifier.outbox;

import java.time.Duration;
import java.time.LocalDate;

/**
 * What one planning of a day did.
 *
 * @param skipped  another server held the planning lock; nothing was done here
 * @param subjects occurrences read
 * @param alerts   messages planned
 * @param written  messages new to the outbox (the rest were there already)
 * @param rendering the time to render the messages not yet in the outbox
 */
public record PlanningRun(LocalDate day, boolean skipped, int subjects, int alerts, int written, Duration reading,
                          Duration planning, Duration rendering, Duration writing) {

    static PlanningRun skipped(LocalDate day) {
        return new PlanningRun(day, true, 0, 0, 0, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    public Duration total() {
        return reading.plus(planning).plus(rendering).plus(writing);
    }
}
