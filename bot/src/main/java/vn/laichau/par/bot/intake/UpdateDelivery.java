package vn.laichau.par.bot.intake;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Hands one update to the handler and keeps a failure from travelling further than a log line. */
final class UpdateDelivery {

    private static final Logger LOG = Logger.getLogger(UpdateDelivery.class.getName());

    private UpdateDelivery() {
    }

    /** True when the handler returned normally. */
    static boolean deliver(UpdateHandler handler, Update update) {
        try {
            handler.handle(update);
            return true;
        } catch (RuntimeException | LinkageError | AssertionError e) {
            LOG.log(Level.SEVERE, e, () -> "Handling Telegram update " + update.getUpdateId() + " failed; moving on");
            return false;
        }
    }
}
