package vn.laichau.par.bot.intake;

import org.telegram.telegrambots.meta.api.objects.Update;

/** Receives each update from Telegram, whether it came by long polling or by webhook. */
@FunctionalInterface
public interface UpdateHandler {

    /** Handles one update; an exception is logged by the intake and does not stop later updates. */
    void handle(Update update);
}
