package vn.laichau.par.bot.command;

/** Answers one command. Handlers are plain classes: they read and change data through the conversation's tracker. */
@FunctionalInterface
interface CommandHandler {

    Reply handle(CommandLine line, Conversation conversation);
}
