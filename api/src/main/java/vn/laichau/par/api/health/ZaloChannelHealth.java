package vn.laichau.par.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import vn.laichau.par.application.channel.ChannelBoard;
import vn.laichau.par.bot.ZaloBotRuntime;

/** The Zalo channel in {@code /health} (see {@link ChannelHealth}), a start-up check like Telegram's. */
@Startup
@ApplicationScoped
public class ZaloChannelHealth implements HealthCheck {

    @Inject
    ChannelBoard board;

    @Override
    public HealthCheckResponse call() {
        return ChannelHealth.of(board, ZaloBotRuntime.CHANNEL);
    }
}
