package vn.laichau.par.bot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laichau.par.bot.testing.BotDatabase;
import vn.laichau.par.bot.testing.BotFixture;
import vn.laichau.par.bot.testing.FakeUpdates;
import vn.laichau.par.testsupport.MutableClock;

/** A chat that floods the bot is told once to slow down, then ignored; other chats are answered meanwhile. */
class BotFloodingTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aFloodingChatIsWarnedOnceAndDoesNotBlockOthers() throws Exception {
        BotDatabase database = BotDatabase.open();
        MutableClock clock = new MutableClock(Instant.parse("2019-06-15T02:00:00Z"));
        try (BotFixture bot = new BotFixture(database, clock, dataDirectory,
                new ChatRateLimiter(5, Duration.ofSeconds(30)))) {
            for (int i = 0; i < 12; i++) {
                bot.telegram.queueUpdate(FakeUpdates.text(8001, "/help"));
            }
            assertThat(bot.say(8002, "/help")).contains("Các lệnh của bot");
            await().atMost(Duration.ofSeconds(10)).until(() -> bot.textsTo(8001).size() >= 6);
            Thread.sleep(300);
            assertThat(bot.textsTo(8001)).hasSize(6);
            assertThat(bot.textsTo(8001).get(5).param("text")).contains("gửi nhanh quá");

            clock.advance(Duration.ofSeconds(31));
            assertThat(bot.say(8001, "/help")).contains("Các lệnh của bot");
        }
    }
}
