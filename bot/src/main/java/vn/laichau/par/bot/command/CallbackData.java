package vn.laichau.par.bot.command;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.bot.gateway.InlineButton;

/**
 * The data behind inline buttons: an action and whole-number arguments, e.g. {@code pc:123:50:7} ("progress of
 * occurrence 123 is 50 %", as the chat saw it at version 7). Buttons that act on an occurrence carry the
 * version of the occurrence they were shown with, so that a press on an out-of-date card acts on nothing.
 * Short enough for Telegram's 64 bytes even with the largest numbers.
 */
public record CallbackData(Action action, List<Long> numbers) {

    /** What a button does. */
    public enum Action {
        /** A page of /viec: page. */
        PAGE("vp"),
        /** Show one occurrence with its action buttons: occurrence. */
        OCCURRENCE("o"),
        /** Start a progress report: occurrence, version. */
        UPDATE("u"),
        /** The percent of a progress report was chosen: occurrence, percent, version. */
        PERCENT("pc"),
        /** Store the progress report without a note: occurrence, percent, version. */
        NO_NOTE("nn"),
        /** Mark finished: occurrence, version. */
        FINISH("x"),
        /** Ask for an extension: occurrence, version. */
        EXTEND("g"),
        /** Send evidence for: occurrence, version. */
        EVIDENCE("e"),
        /** An admin approves an extension request: extension. */
        APPROVE_EXTENSION("ea"),
        /** An admin rejects an extension request: extension. */
        REJECT_EXTENSION("er"),
        /** Switch Telegram alerts on (1) or off (0). */
        TELEGRAM_ALERTS("st"),
        /** Switch e-mail alerts on (1) or off (0). */
        EMAIL_ALERTS("se");

        private final String code;

        Action(String code) {
            this.code = code;
        }
    }

    public static CallbackData of(Action action, long... numbers) {
        return new CallbackData(action, Arrays.stream(numbers).boxed().toList());
    }

    public static InlineButton button(String text, Action action, long... numbers) {
        return new InlineButton(text, of(action, numbers).encode());
    }

    public String encode() {
        StringBuilder data = new StringBuilder(action.code);
        numbers.forEach(n -> data.append(':').append(n));
        return data.toString();
    }

    /** The data of a button, or empty when it is not one the bot made (or was tampered with). */
    public static Optional<CallbackData> decode(String data) {
        if (data == null || data.isEmpty() || data.length() > InlineButton.MAX_CALLBACK_DATA_BYTES) {
            return Optional.empty();
        }
        String[] parts = data.split(":", -1);
        for (Action action : Action.values()) {
            if (action.code.equals(parts[0])) {
                try {
                    List<Long> numbers = Arrays.stream(parts).skip(1).map(Long::parseLong).toList();
                    return Optional.of(new CallbackData(action, numbers));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The n-th number (from 0), or empty. */
    public Optional<Long> number(int index) {
        return index < numbers.size() ? Optional.of(numbers.get(index)) : Optional.empty();
    }
}
