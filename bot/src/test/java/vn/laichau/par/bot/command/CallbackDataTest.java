package vn.laichau.par.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.laichau.par.bot.command.CallbackData.Action;
import vn.laichau.par.bot.gateway.InlineButton;

class CallbackDataTest {

    @Test
    void everyActionSurvivesARoundTrip() {
        for (Action action : Action.values()) {
            CallbackData data = CallbackData.of(action, Long.MAX_VALUE, 100);
            assertThat(CallbackData.decode(data.encode())).contains(data);
            assertThat(data.encode().getBytes(StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(InlineButton.MAX_CALLBACK_DATA_BYTES);
        }
    }

    @Test
    void foreignOrDamagedDataIsRefused() {
        assertThat(CallbackData.decode("zz:1")).isEmpty();
        assertThat(CallbackData.decode("pc:abc")).isEmpty();
        assertThat(CallbackData.decode("")).isEmpty();
        assertThat(CallbackData.decode(null)).isEmpty();
        assertThat(CallbackData.decode("x:" + "9".repeat(70))).isEmpty();
    }

    @Test
    void numbersAreReadByPosition() {
        CallbackData data = CallbackData.decode("pc:12:50").orElseThrow();
        assertThat(data.action()).isEqualTo(Action.PERCENT);
        assertThat(data.number(0)).contains(12L);
        assertThat(data.number(1)).contains(50L);
        assertThat(data.number(2)).isEmpty();
    }
}
