package vn.laichau.par.persistence.outbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One planned message, rendered, as the outbox stores it.
 *
 * @param key         unique across the outbox, at most 64 characters
 * @param channels    the recipient's channels in the order to try them
 * @param plainText   empty (with {@code telegramHtml}) when the text is written just before sending, from the
 *                    occurrences still open then
 * @param occurrences the occurrences the message covers
 * @param dueDates    the due date of each of those occurrences at planning, where known
 */
public record OutboxRow(String key, String kind, String subject, long recipientId, LocalDate planDay,
                        Instant notBefore, String subjectLine, String plainText, String telegramHtml,
                        List<ChannelAddress> channels, Set<Long> occurrences, Map<Long, LocalDate> dueDates) {

    public static final int MAX_KEY = 64;
    public static final int MAX_SUBJECT_LINE = 255;

    public OutboxRow {
        Objects.requireNonNull(key, "key");
        if (key.length() > MAX_KEY) {
            throw new IllegalArgumentException("outbox key longer than " + MAX_KEY + ": " + key);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(planDay, "planDay");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(subjectLine, "subjectLine");
        if (subjectLine.length() > MAX_SUBJECT_LINE) {
            subjectLine = subjectLine.substring(0, MAX_SUBJECT_LINE - 1) + "…";
        }
        Objects.requireNonNull(plainText, "plainText");
        Objects.requireNonNull(telegramHtml, "telegramHtml");
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("a message needs at least one channel: " + key);
        }
        occurrences = Set.copyOf(occurrences);
        dueDates = Map.copyOf(dueDates);
    }

    /** A row without the planned due dates of its occurrences. */
    public OutboxRow(String key, String kind, String subject, long recipientId, LocalDate planDay, Instant notBefore,
                     String subjectLine, String plainText, String telegramHtml, List<ChannelAddress> channels,
                     Set<Long> occurrences) {
        this(key, kind, subject, recipientId, planDay, notBefore, subjectLine, plainText, telegramHtml, channels,
                occurrences, Map.of());
    }
}
