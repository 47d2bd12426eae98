package vn.laichau.par.api.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.laichau.par.notifier.AlertAdministration;

/**
 * One outbox message for the administration. {@code channels} and {@code occurrences} are filled on the
 * single-message view only. The {@code text} of a reminder, escalation or group reminder is written just before
 * it is sent, from the items still open then: it is empty until the message is sent, and then the text sent.
 */
public record OutboxMessageResponse(long id, String key, String kind, long recipientId, LocalDate day,
                                    Instant notBefore, String status, int attempts, Instant nextAttemptAt,
                                    String lastError, String claimedBy, Instant sentAt, String channelUsed,
                                    String providerMessageId, String subject, String text,
                                    List<ChannelResponse> channels, List<Long> occurrences) {

    public record ChannelResponse(String channel, String address) {
    }

    static OutboxMessageResponse of(AlertAdministration.Message m) {
        return new OutboxMessageResponse(m.id(), m.key(), m.kind(), m.recipientId(), m.day(), m.notBefore(),
                m.status().name(), m.attempts(), m.nextAttemptAt(), m.lastError().orElse(null),
                m.claimedBy().orElse(null), m.sentAt().orElse(null), m.channelUsed().orElse(null),
                m.providerMessageId().orElse(null), m.subject(), m.text(),
                m.channels().map(c -> c.stream().map(a -> new ChannelResponse(a.channel(), a.address())).toList())
                        .orElse(null), m.occurrences().orElse(null));
    }
}
