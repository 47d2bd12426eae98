package vn.laichau.par.bot;

import vn.laichau.par.bot.command.CallbackData;
import vn.laichau.par.bot.command.CallbackData.Action;
import vn.laichau.par.bot.gateway.InlineButton;

/**
 * The bot's buttons that decide an extension request, for messages the bot did not write itself (the notice of a
 * request to the administrators): the same callback data as the bot's own, so that a press — or in Zalo its typed
 * {@code /chon} command — is handled by the conversation core, which lets only an administrator decide and keeps
 * the first decision.
 */
public final class ExtensionButtons {

    private ExtensionButtons() {
    }

    /** Approves the request ("Duyệt"). */
    public static InlineButton approve(String label, long extensionId) {
        return CallbackData.button(label, Action.APPROVE_EXTENSION, extensionId);
    }

    /** Rejects the request ("Từ chối"). */
    public static InlineButton reject(String label, long extensionId) {
        return CallbackData.button(label, Action.REJECT_EXTENSION, extensionId);
    }
}
