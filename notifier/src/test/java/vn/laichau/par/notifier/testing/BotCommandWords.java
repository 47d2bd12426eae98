package vn.laichau.par.notifier.testing;

import vn.laichau.par.bot.BotCommand;
import vn.laichau.par.notifier.ActionCommands;

/** The bot's own commands, as the assembled application hands them to the notifier. */
public final class BotCommandWords implements ActionCommands {

    public static final BotCommandWords INSTANCE = new BotCommandWords();

    private BotCommandWords() {
    }

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
