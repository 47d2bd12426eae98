package vn.laichau.par.api.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.laichau.par.notifier.message.RenderedMessage;
import vn.laichau.par.notifier.outbox.OutboxRows;
import vn.laichau.par.notifier.planning.Alert;

/** One message the planner would write for a day, rendered as it would be sent. */
public record AlertPreviewResponse(String key, String kind, long recipientId, String recipientName, LocalDate day,
                                   Instant notBefore, List<String> channels, List<Long> occurrences, String subject,
                                   String text) {

    static AlertPreviewResponse of(Alert alert, RenderedMessage message) {
        return new AlertPreviewResponse(alert.key().value(), alert.kind().name(), alert.recipient().personId(),
                alert.recipient().name(), alert.day(), alert.notBefore(),
                alert.recipient().channels().stream().map(c -> c.channel().name()).toList(),
                List.copyOf(OutboxRows.occurrencesOf(alert)), message.subject(), message.plainText());
    }
}
