package vn.laichau.par.notifier.message;

/**
 * The bot commands a message offers for one occurrence. They carry the occurrence id after an underscore
 * ({@code /xong_123}) so that Telegram shows them as links: one tap sends the command.
 */
public final class ActionCommands {

    public static final String FINISH = "/xong";
    public static final String UPDATE = "/capnhat";
    public static final String EXTEND = "/giahan";

    private ActionCommands() {
    }

    public static String finish(long occurrenceId) {
        return FINISH + "_" + occurrenceId;
    }

    public static String update(long occurrenceId) {
        return UPDATE + "_" + occurrenceId;
    }

    public static String extend(long occurrenceId) {
        return EXTEND + "_" + occurrenceId;
    }
}
