package vn.laichau.par.api.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import vn.laichau.par.bot.BotCommand;
import vn.laichau.par.notifier.ActionCommands;

/** The commands alerts offer, as the bot defines them: the notifier writes what the bot reads. */
@ApplicationScoped
public class BotActionCommands implements ActionCommands {

    @Override
    public String command(Kind kind) {
        return of(kind).slashName();
    }

    @Override
    public String command(Kind kind, long occurrenceId) {
        return of(kind).forOccurrence(occurrenceId);
    }

    private static BotCommand of(Kind kind) {
        return switch (kind) {
            case FINISH -> BotCommand.FINISH;
            case UPDATE -> BotCommand.UPDATE;
            case EXTEND -> BotCommand.EXTEND;
        };
    }
}
