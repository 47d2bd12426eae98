package vn.laichau.par.api.alerts;

import java.time.Instant;
import java.util.List;
import vn.laichau.par.notifier.AlertAdministration;

/**
 * The notifier's schedules on the instance that answers: each with its calendar expression and next firing.
 * {@code running} is false when {@code PAR_ALERTS_SCHEDULED=false}: the schedules still fire, and do nothing.
 */
public record AlertSchedulesResponse(boolean running, List<Schedule> schedules) {

    public record Schedule(String name, String expression, Instant nextFiring) {
    }

    static AlertSchedulesResponse of(AlertAdministration.Schedules schedules) {
        return new AlertSchedulesResponse(schedules.running(), schedules.schedules().stream()
                .map(s -> new Schedule(s.name(), s.expression(), s.nextFiring())).toList());
    }
}
