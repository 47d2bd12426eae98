package vn.laichau.par.api.alerts;

import java.util.Map;

/** How many outbox messages are in each status. */
public record OutboxSummaryResponse(Map<String, Long> byStatus) {
}
