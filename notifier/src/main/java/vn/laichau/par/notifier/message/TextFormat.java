package vn.laichau.par.notifier.message;

import vn.laichau.par.notifier.RenderedMessage;
/** How a message is written for one kind of channel: how text and emphasis are encoded, and how long it may be. */
public interface TextFormat {

    /** The text as the channel shows it verbatim. */
    String text(String raw);

    /** The text emphasised. */
    String bold(String raw);

    /** The most characters one message may have. */
    int limit();

    /**
     * Whether a message in this format travels with its buttons ({@link RenderedMessage#actions()}), so that
     * the command links of an item that has buttons are left out.
     */
    default boolean carriesButtons() {
        return false;
    }
}
