package vn.laichau.par.api.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.laichau.par.notifier.AlertAdministration;

/** One message the planner would write for a day, rendered as it would be sent. */
public record AlertPreviewResponse(String key, String kind, long recipientId, String recipientName, LocalDate day,
                                   Instant notBefore, List<String> channels, List<Long> occurrences, String subject,
                                   String text) {

    static AlertPreviewResponse of(AlertAdministration.Preview p) {
        return new AlertPreviewResponse(p.key(), p.kind(), p.recipientId(), p.recipientName(), p.day(), p.notBefore(),
                p.channels(), p.occurrences(), p.subject(), p.text());
    }
}
