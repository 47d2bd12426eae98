package vn.laichau.par.persistence.outbox;

import java.util.List;
import java.util.Set;

/**
 * A message a dispatcher claimed: everything needed to send it without going back to the database.
 *
 * @param attempts the attempts so far, this one included
 */
public record ClaimedMessage(long id, String key, String kind, long recipientId, int attempts, String subjectLine,
                             String plainText, String telegramHtml, List<ChannelAddress> channels,
                             Set<Long> occurrences) {

    public ClaimedMessage {
        channels = List.copyOf(channels);
        occurrences = Set.copyOf(occurrences);
    }
}
