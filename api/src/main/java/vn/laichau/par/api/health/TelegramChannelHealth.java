package vn.laichau.par.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import vn.laichau.par.application.channel.ChannelBoard;
import vn.laichau.par.bot.TelegramBotRuntime;

/**
 * The Telegram channel in {@code /health} (see {@link ChannelHealth}). Payara Micro lists only liveness,
 * readiness and start-up checks there; this one is a start-up check so that {@code /health/live} and
 * {@code /health/ready} never depend on Telegram.
 */
@Startup
@ApplicationScoped
public class TelegramChannelHealth implements HealthCheck {

    @Inject
    ChannelBoard board;

    @Override
    public HealthCheckResponse call() {
        return ChannelHealth.of(board, TelegramBotRuntime.CHANNEL);
    }
}
