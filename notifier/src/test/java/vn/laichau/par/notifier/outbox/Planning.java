package vn.laichau.par.notifier.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.notifier.message.AlertMessageRenderer;
import vn.laichau.par.notifier.testing.BotCommandWords;
import vn.laichau.par.notifier.policy.AlertPolicy;
import vn.laichau.par.notifier.testing.NotifierDb;

/** The planning service on the test database. */
final class Planning {

    private Planning() {
    }

    static AlertPlanningService service(Instant now) {
        return new AlertPlanningService(NotifierDb.dataSource(),
                new PlanningSource(NotifierDb.dataSource(), "SO_NOI_VU"), NotifierDb.UNIT_OF_WORK, NotifierDb.outbox(),
                AlertPolicy.defaults(), WorkingDayCalendar::vietnam, new OutboxRows(new AlertMessageRenderer(BotCommandWords.INSTANCE)),
                Clock.fixed(now, ZoneOffset.UTC));
    }
}
