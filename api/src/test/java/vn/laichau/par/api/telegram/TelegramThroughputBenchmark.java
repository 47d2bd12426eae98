package vn.laichau.par.api.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.laichau.par.bot.telegram.BotApiTelegramGateway;
import vn.laichau.par.bot.testing.FakeBotApi;
import vn.laichau.par.notifier.SendOutcome;
import vn.laichau.par.notifier.delivery.TelegramThrottle;
import vn.laichau.par.notifier.RenderedMessage;

/**
 * Sends through the real Telegram library to the fake Bot API: raw, then at Telegram's limits as the
 * dispatcher applies them. Opt-in: {@code mvn -o -pl api test -Dtest=TelegramThroughputBenchmark
 * -Dpar.benchmark=true}; figures in docs/notifier-benchmark.md.
 */
@EnabledIfSystemProperty(named = "par.benchmark", matches = "true")
class TelegramThroughputBenchmark {

    private static final RenderedMessage MESSAGE = new RenderedMessage("Nhắc hạn", "Còn 3 ngày làm việc",
            "<b>Nhắc việc CCHC</b>\n• <b>I.3</b> — Kiểm tra công tác CCHC (hạn 16/10/2025, còn 3 ngày làm việc)");

    @Test
    void sendsAtTelegramsLimitNotBelowIt() throws InterruptedException {
        try (FakeBotApi telegram = FakeBotApi.start()) {
            BotApiTelegramGateway gateway = new BotApiTelegramGateway(telegram.settings());
            try {
                TelegramAlertChannel channel = new TelegramAlertChannel(gateway, Optional.of("123456:test-token"));
                for (int i = 0; i < 200; i++) {
                    channel.send(Integer.toString(1 + i), MESSAGE);
                }

                int raw = 1_000;
                List<Long> latencies = new ArrayList<>();
                long start = System.nanoTime();
                for (int i = 0; i < raw; i++) {
                    long sent = System.nanoTime();
                    assertThat(channel.send(Integer.toString(10_000 + i), MESSAGE))
                            .isInstanceOf(SendOutcome.Delivered.class);
                    latencies.add(System.nanoTime() - sent);
                }
                double rawSeconds = (System.nanoTime() - start) / 1e9;
                Collections.sort(latencies);

                int limited = 600;
                TelegramThrottle throttle = TelegramThrottle.telegramLimits();
                start = System.nanoTime();
                for (int i = 0; i < limited; i++) {
                    String chat = Integer.toString(100_000 + i);
                    Duration wait = throttle.reserve(chat, Instant.now());
                    if (!wait.isZero()) {
                        Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
                    }
                    channel.send(chat, MESSAGE);
                }
                double limitedSeconds = (System.nanoTime() - start) / 1e9;

                System.out.printf("raw: %d sends in %.2f s = %.0f/s, latency p50 %.1f ms, p99 %.1f ms%n", raw,
                        rawSeconds, raw / rawSeconds, latencies.get(raw / 2) / 1e6, latencies.get(raw * 99 / 100) / 1e6);
                System.out.printf("at Telegram's limits: %d sends in %.2f s = %.1f/s%n", limited, limitedSeconds,
                        limited / limitedSeconds);
                assertThat(limited / limitedSeconds).isGreaterThanOrEqualTo(29.0);
            } finally {
                gateway.close();
            }
        }
    }
}
