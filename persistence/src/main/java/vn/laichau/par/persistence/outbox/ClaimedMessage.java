package vn.laichau.par.persistence.outbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A message a dispatcher claimed: everything needed to send it without going back to the database.
 *
 * @param attempts         the attempts so far, this one included
 * @param plainText        empty, with {@code telegramHtml}, when the text is written just before sending
 * @param plannedDueDates  the due date each occurrence had at planning, where it was recorded
 */
public record ClaimedMessage(long id, String key, String kind, long recipientId, LocalDate planDay, int attempts,
                             String subjectLine, String plainText, String telegramHtml, List<ChannelAddress> channels,
                             Set<Long> occurrences, Map<Long, LocalDate> plannedDueDates) {

    public ClaimedMessage {
        channels = List.copyOf(channels);
        occurrences = Set.copyOf(occurrences);
        plannedDueDates = Map.copyOf(plannedDueDates);
    }

    /** Whether the text is still to be written from the message's occurrences. */
    public boolean textPending() {
        return plainText.isEmpty() && telegramHtml.isEmpty();
    }
}
