package vn.laichau.par.bot.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laichau.par.bot.command.ChatRateLimiter;
import vn.laichau.par.bot.testing.BotDatabase;
import vn.laichau.par.bot.testing.BotFixture;
import vn.laichau.par.bot.testing.FakeUpdates;
import vn.laichau.par.testsupport.MutableClock;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.telegram.TelegramLinkRepository;

/**
 * Command round trip through the fake Bot API: from queueing an update until the fake has received the reply,
 * through the real library's long polling, the router and MariaDB. Not a test of the normal build (its name
 * does not end in "Test"): it runs when named, {@code -Dtest=CommandRoundTripBenchmark} (see
 * docs/bot-benchmark.md); bounded to {@code par.benchmark.rounds} rounds per command (default 200).
 */
class CommandRoundTripBenchmark {

    private static final long CHAT = 9100;

    @TempDir
    Path dataDirectory;

    @Test
    void commandRoundTrip() throws Exception {
        int rounds = Integer.getInteger("par.benchmark.rounds", 200);
        BotDatabase database = BotDatabase.open();
        database.cleanAndLoadShippedPlan();
        MutableClock clock = new MutableClock(Instant.parse("2019-06-15T02:00:00Z"));
        long agency = database.number("SELECT agency_id FROM occurrence GROUP BY agency_id ORDER BY COUNT(*) DESC "
                + "LIMIT 1");
        long official = database.inTransaction(em -> {
            Official added = new OfficialRepository(em).add(new Official("benchmark", "Benchmark", agency,
                    Set.of(Role.OFFICIAL)));
            em.flush();
            return added.id();
        });
        String code = database.inTransaction(em -> new TelegramLinkRepository(em, clock).issueCode(official).code());
        try (BotFixture bot = new BotFixture(database, clock, dataDirectory,
                new ChatRateLimiter(1_000_000, Duration.ofSeconds(1)))) {
            assertThat(bot.say(CHAT, "/start " + code)).contains("Đã liên kết");
            String task = database.text("SELECT code FROM task ORDER BY position LIMIT 1");
            System.out.println("| command | rounds | p50 ms | p99 ms | max ms |");
            System.out.println("|---|---|---|---|---|");
            for (String command : List.of("/help", "/viec", "/quahan", "/nv " + task, "/tim cai cach")) {
                for (int i = 0; i < 20; i++) {
                    bot.say(CHAT, command);
                }
                long[] nanos = new long[rounds];
                for (int i = 0; i < rounds; i++) {
                    int before = bot.textsTo(CHAT).size();
                    long start = System.nanoTime();
                    bot.telegram.queueUpdate(FakeUpdates.text(CHAT, command));
                    await().pollInterval(Duration.ofMillis(1)).pollDelay(Duration.ZERO)
                            .atMost(Duration.ofSeconds(10)).until(() -> bot.textsTo(CHAT).size() > before);
                    nanos[i] = System.nanoTime() - start;
                }
                Arrays.sort(nanos);
                System.out.printf("| `%s` | %d | %.1f | %.1f | %.1f |%n", command, rounds,
                        nanos[rounds / 2] / 1e6, nanos[(int) Math.ceil(rounds * 0.99) - 1] / 1e6,
                        nanos[rounds - 1] / 1e6);
            }
        }
    }
}
