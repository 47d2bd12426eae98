package vn.laichau.par.api.health;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import vn.laichau.par.application.channel.ChannelBoard;

/**
 * One messenger channel in {@code /health}: UP, or DOWN with since when and the last error, as its intake last
 * saw it; a channel that is not configured is UP with {@code configured=false}. Never a liveness or readiness
 * check: the API works without any messenger.
 */
final class ChannelHealth {

    private ChannelHealth() {
    }

    static HealthCheckResponse of(ChannelBoard board, String channel) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(channel);
        return board.status(channel).map(status -> {
            response.status(status.up())
                    .withData("since", status.since().toString())
                    .withData("checkedAt", status.checkedAt().toString());
            status.lastError().ifPresent(error -> response.withData("lastError", error));
            return response.build();
        }).orElseGet(() -> response.up().withData("configured", false).build());
    }
}
