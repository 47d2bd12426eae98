package vn.laichau.par.api.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.laichau.par.api.telegram.TelegramAlertChannel;
import vn.laichau.par.application.channel.ChannelBoard;
import vn.laichau.par.bot.ZaloBotRuntime;
import vn.laichau.par.bot.ZaloMessenger;
import vn.laichau.par.bot.intake.ReconnectBackOff;
import vn.laichau.par.bot.telegram.BotApiTelegramGateway;
import vn.laichau.par.bot.telegram.TelegramSettings;
import vn.laichau.par.bot.testing.FakeBotApi;
import vn.laichau.par.bot.testing.FakeZaloApi;
import vn.laichau.par.bot.zalo.ZaloBotApi;
import vn.laichau.par.bot.zalo.ZaloPolling;
import vn.laichau.par.notifier.AlertChannel;
import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.notifier.SendOutcome;

/**
 * Alerts per second per channel against the fake Bot APIs on loopback (Zalo, Telegram, and Telegram refusing
 * connections with the alert falling back to Zalo), and the time from a Zalo API that comes back to the first
 * alert delivered through it. Opt-in: {@code mvn -o -pl api test -Dtest=ChannelBenchmark -Dpar.benchmark=true};
 * figures in docs/channel-benchmark.md.
 */
@EnabledIfSystemProperty(named = "par.benchmark", matches = "true")
class ChannelBenchmark {

    private static final RenderedMessage MESSAGE = new RenderedMessage("Nhắc hạn", "Còn 3 ngày làm việc",
            "<b>Nhắc việc CCHC</b>\n• <b>I.3</b> — Kiểm tra công tác CCHC (hạn 16/10/2025, còn 3 ngày làm việc)");
    private static final int SENDS = Integer.getInteger("par.benchmark.sends", 1_000);

    @Test
    void alertsPerSecondPerChannel() {
        try (FakeZaloApi zalo = FakeZaloApi.start(); FakeBotApi telegram = FakeBotApi.start()) {
            ZaloAlertChannel zaloChannel = new ZaloAlertChannel(new ZaloMessenger(Optional.of(new ZaloBotApi(zalo.settings()))), null);
            BotApiTelegramGateway gateway = new BotApiTelegramGateway(telegram.settings());
            BotApiTelegramGateway refusing = new BotApiTelegramGateway(TelegramSettings.longPolling(
                    "123456:refused-token", URI.create("http://127.0.0.1:1")));
            try {
                TelegramAlertChannel telegramChannel = new TelegramAlertChannel(gateway, Optional.of("123456:t"));
                TelegramAlertChannel refusingChannel = new TelegramAlertChannel(refusing, Optional.of("123456:t"));
                measure("Zalo", List.of(zaloChannel));
                measure("Telegram", List.of(telegramChannel));
                measure("Telegram refusing, then Zalo", List.of(refusingChannel, zaloChannel));
            } finally {
                gateway.close();
                refusing.close();
            }
        }
    }

    /** Sends {@link #SENDS} alerts, each through the first channel that delivers it, after a warm-up. */
    private static void measure(String name, List<AlertChannel> channels) {
        for (int i = 0; i < 100; i++) {
            deliver(channels, 1_000 + i);
        }
        List<Long> latencies = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < SENDS; i++) {
            long sent = System.nanoTime();
            assertThat(deliver(channels, 10_000 + i)).isInstanceOf(SendOutcome.Delivered.class);
            latencies.add(System.nanoTime() - sent);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Collections.sort(latencies);
        System.out.printf("%-30s %5d alerts in %5.2f s = %6.0f alerts/s, p50 %.2f ms, p99 %.2f ms%n", name, SENDS,
                seconds, SENDS / seconds, latencies.get(SENDS / 2) / 1e6, latencies.get(SENDS * 99 / 100) / 1e6);
    }

    /** Tries the channels in turn for person {@code n} (Telegram chat {@code n}, Zalo user {@code zalo-n}). */
    private static SendOutcome deliver(List<AlertChannel> channels, int n) {
        SendOutcome outcome = null;
        for (AlertChannel channel : channels) {
            String address = channel instanceof ZaloAlertChannel ? "zalo-" + n : Integer.toString(n);
            outcome = channel.send(address, MESSAGE);
            if (!(outcome instanceof SendOutcome.Unavailable)) {
                return outcome;
            }
        }
        return outcome;
    }

    @Test
    void timeFromZaloComingBackToTheFirstDeliveredAlert() throws Exception {
        for (int outageSeconds : new int[] {5, 30, 60}) {
            try (FakeZaloApi zalo = FakeZaloApi.start()) {
                ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
                ChannelBoard board = new ChannelBoard(Clock.systemUTC(), (channel, since, error) -> { });
                ZaloBotApi api = new ZaloBotApi(zalo.settings());
                ZaloAlertChannel channel = new ZaloAlertChannel(new ZaloMessenger(Optional.of(api)), board);
                zalo.failNextCalls(Integer.MAX_VALUE);
                ZaloPolling polling = ZaloPolling.start(api, event -> { }, key -> true, executor,
                        board.watch(ZaloBotRuntime.CHANNEL), ReconnectBackOff::standard);
                try {
                    Thread.sleep(outageSeconds * 1_000L);
                    assertThat(channel.isReachable()).isFalse();
                    zalo.failNextCalls(0);
                    long back = System.nanoTime();
                    long seenUp = -1;
                    long delivered = -1;
                    while (delivered < 0) {
                        if (channel.isReachable()) {
                            if (seenUp < 0) {
                                seenUp = System.nanoTime();
                            }
                            if (channel.send("zalo-back", MESSAGE) instanceof SendOutcome.Delivered) {
                                delivered = System.nanoTime();
                            }
                        }
                        Thread.sleep(10);
                    }
                    System.out.printf("outage %3d s: channel seen up %.2f s after its return, first alert "
                                    + "delivered %.2f s after its return (dispatcher polling every 10 ms; the "
                                    + "application's runs every 10 s)%n", outageSeconds, (seenUp - back) / 1e9,
                            (delivered - back) / 1e9);
                } finally {
                    polling.close();
                    executor.shutdownNow();
                }
            }
        }
    }
}
