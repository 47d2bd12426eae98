package vn.laichau.par.notifier.notice;

import java.util.List;
import java.util.Optional;
import vn.laichau.par.notifier.ItemAction;

/**
 * What a notice of an event is, as the outbox's {@code kind} stores it beside the planned alerts' kinds. A notice
 * answers something a person just did, so it goes out at once, in quiet hours too, as the bot's own answers do;
 * it lists no occurrences, so the send-time check of open items leaves it as written.
 */
public enum NoticeKind {

    /** To each active administrator but the requester: a pending extension request, with the buttons to decide it. */
    EXTENSION_REQUESTED,

    /** To the requester: the decision; to the other active administrators: the decision and who made it. */
    EXTENSION_DECIDED;

    private static final String EXTENSION = "ext-";

    /**
     * The outbox key of this notice about an extension to one person, {@code EXTENSION_REQUESTED/ext-12/34}: the
     * same however often the event is handed over, so that each person is told once.
     */
    public String key(long extensionId, long recipientId) {
        return name() + "/" + subject(extensionId) + "/" + recipientId;
    }

    /** The subject column of the notice: the extension it is about. */
    public static String subject(long extensionId) {
        return EXTENSION + extensionId;
    }

    /** The kind of a stored message, when it is a notice. */
    public static Optional<NoticeKind> of(String kind) {
        for (NoticeKind notice : values()) {
            if (notice.name().equals(kind)) {
                return Optional.of(notice);
            }
        }
        return Optional.empty();
    }

    /**
     * The buttons under a stored notice with {@code key}: "Duyệt" and "Từ chối" under an extension request, none
     * under a decision.
     */
    public List<List<ItemAction>> actions(String key) {
        if (this != EXTENSION_REQUESTED) {
            return List.of();
        }
        String[] parts = key.split("/");
        if (parts.length != 3 || !parts[1].startsWith(EXTENSION)) {
            return List.of();
        }
        long extensionId = Long.parseLong(parts[1].substring(EXTENSION.length()));
        return List.of(List.of(new ItemAction(ItemAction.Kind.APPROVE_EXTENSION, extensionId, 0, "Duyệt"),
                new ItemAction(ItemAction.Kind.REJECT_EXTENSION, extensionId, 0, "Từ chối")));
    }
}
