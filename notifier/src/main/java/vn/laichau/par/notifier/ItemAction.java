package vn.laichau.par.notifier;

import java.util.Objects;

/**
 * A button under an alert that acts on one occurrence at once, as the bot's own buttons do: the occurrence's
 * id and the version it had when the alert was written, so that a press on an alert about an occurrence that
 * changed since acts on nothing. Channels that have no buttons ignore it.
 *
 * @param label the button's visible text
 */
public record ItemAction(Kind kind, long occurrenceId, long version, String label) {

    /** What pressing the button does. */
    public enum Kind {
        /** Mark the occurrence finished ("Đã hoàn thành"). */
        FINISH,
        /** Ask for an extension, with a reason ("Xin gia hạn"). */
        EXTEND,
        /** Send evidence for it ("Nộp minh chứng"). */
        EVIDENCE
    }

    public ItemAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("a button needs a visible label");
        }
    }
}
