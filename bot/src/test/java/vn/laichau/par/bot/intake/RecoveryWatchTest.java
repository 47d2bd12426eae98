package vn.laichau.par.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.laichau.par.application.channel.ChannelWatch;

class RecoveryWatchTest {

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final ChannelWatch board = new ChannelWatch() {
        @Override
        public void up() {
            seen.add("up");
        }

        @Override
        public void down(String error) {
            seen.add("down " + error);
        }
    };

    @Test
    void theRecoveryActionRunsOnceEachTimeTheChannelAnswersAgainAfterBeingDown() {
        RecoveryWatch watch = new RecoveryWatch(board, () -> seen.add("fresh connections"));

        watch.up();
        watch.up();
        watch.down("refused");
        watch.down("refused");
        watch.up();
        watch.up();

        assertThat(seen).containsExactly("up", "up", "down refused", "down refused", "fresh connections", "up", "up");
    }
}
