package vn.laichau.par.notifier;

import java.util.Objects;

/**
 * A button under a message that acts at once, as the bot's own buttons do. On an alert it acts on one occurrence,
 * with the version the occurrence had when the alert was written, so that a press on an alert about an occurrence
 * that changed since acts on nothing; under an extension request it decides the request, and the first decision
 * stands. Channels that have no buttons ignore it.
 *
 * @param targetId the occurrence the button acts on, or for {@link Kind#APPROVE_EXTENSION} and
 *                 {@link Kind#REJECT_EXTENSION} the extension request
 * @param version  the occurrence's version; 0 for a decision on an extension request
 * @param label    the button's visible text
 */
public record ItemAction(Kind kind, long targetId, long version, String label) {

    /** What pressing the button does. */
    public enum Kind {
        /** Mark the occurrence finished ("Đã hoàn thành"). */
        FINISH,
        /** Ask for an extension, with a reason ("Xin gia hạn"). */
        EXTEND,
        /** Send evidence for it ("Nộp minh chứng"). */
        EVIDENCE,
        /** An administrator approves the extension request ("Duyệt"). */
        APPROVE_EXTENSION,
        /** An administrator rejects the extension request ("Từ chối"). */
        REJECT_EXTENSION
    }

    public ItemAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("a button needs a visible label");
        }
    }
}
