package vn.laichau.par.bot;

import vn.laichau.par.bot.command.CallbackData;
import vn.laichau.par.bot.command.CallbackData.Action;
import vn.laichau.par.bot.gateway.InlineButton;

/**
 * The bot's buttons that act on one occurrence, for messages the bot did not write itself (alerts): the same
 * callback data as on the bot's occurrence cards (action, occurrence, version), so that a press is handled as one
 * on a card — by the official linked to the person pressing, and only while the occurrence is at that version.
 */
public final class OccurrenceButtons {

    private OccurrenceButtons() {
    }

    /** Marks the occurrence finished. */
    public static InlineButton finish(String label, long occurrenceId, long version) {
        return CallbackData.button(label, Action.FINISH, occurrenceId, version);
    }

    /** Asks for an extension of the occurrence, with a reason. */
    public static InlineButton extend(String label, long occurrenceId, long version) {
        return CallbackData.button(label, Action.EXTEND, occurrenceId, version);
    }

    /** Waits for evidence for the occurrence. */
    public static InlineButton evidence(String label, long occurrenceId, long version) {
        return CallbackData.button(label, Action.EVIDENCE, occurrenceId, version);
    }
}
