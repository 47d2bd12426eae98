package vn.laichau.par.bot.command;

/** Where the replies of the conversation core leave for one messenger: its adapter's sending side. */
@FunctionalInterface
public interface ReplyOutput {

    /** Sends {@code reply} to the chat {@code incoming} came from (and its messages to other chats). */
    void send(Incoming incoming, Reply reply);
}
