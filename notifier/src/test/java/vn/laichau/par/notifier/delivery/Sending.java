package vn.laichau.par.notifier.delivery;

import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.notifier.message.AlertMessageRenderer;
import vn.laichau.par.notifier.testing.BotCommandWords;
import vn.laichau.par.notifier.outbox.OpenItemsCheck;
import vn.laichau.par.notifier.outbox.PlanningSource;
import vn.laichau.par.notifier.policy.AlertPolicy;
import vn.laichau.par.notifier.policy.SendingWindow;
import vn.laichau.par.notifier.testing.NotifierDb;

/** The send-time parts of the dispatcher as the application wires them, on the test database. */
final class Sending {

    private Sending() {
    }

    static OpenItemsCheck check() {
        return new OpenItemsCheck(new PlanningSource(NotifierDb.dataSource(), "SO_NOI_VU"), AlertPolicy.defaults(),
                WorkingDayCalendar::vietnam, new AlertMessageRenderer(BotCommandWords.INSTANCE));
    }

    static SendingWindow window() {
        return new SendingWindow(AlertPolicy.defaults(), WorkingDayCalendar.vietnam());
    }
}
