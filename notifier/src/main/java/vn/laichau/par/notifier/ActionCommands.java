package vn.laichau.par.notifier;

/**
 * The chat commands a message offers to act on an occurrence, as the bot defines them; the assembly that sends
 * through the bot supplies them. A command for one occurrence is written so that one tap in Telegram sends it
 * ({@code /xong_123}).
 */
public interface ActionCommands {

    /** What a command does to an occurrence. */
    enum Kind {
        /** Report the occurrence finished. */
        FINISH,
        /** Report progress. */
        UPDATE,
        /** Ask for an extension. */
        EXTEND
    }

    /** The command alone, e.g. {@code /xong}. */
    String command(Kind kind);

    /** The command for one occurrence, e.g. {@code /xong_123}. */
    String command(Kind kind, long occurrenceId);
}
