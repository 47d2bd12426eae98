package vn.laichau.par.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.laichau.par.bot.gateway.PermanentFailure;
import vn.laichau.par.bot.gateway.TelegramGateway;

class TelegramBotConfigurationTest {

    @Test
    void withoutATokenTheBotIsDisabledAndSendsFailPermanentlyWithoutBlamingTheRecipient() {
        TelegramBotConfiguration configuration = configuration(Optional.empty());

        TelegramGateway gateway = configuration.telegramGateway();

        assertThat(configuration.settings()).isEmpty();
        assertThat(gateway).isInstanceOf(DisabledTelegramGateway.class);
        assertThat(gateway.sendText(1, "xin chào")).isInstanceOfSatisfying(PermanentFailure.class,
                failure -> assertThat(failure.recipientUnreachable()).isFalse());
    }

    @Test
    void aBlankTokenCountsAsNone() {
        assertThat(configuration(Optional.of("  ")).settings()).isEmpty();
    }

    @Test
    void aTokenEnablesTheBotWithTheConfiguredValues() {
        TelegramBotConfiguration configuration = configuration(Optional.of("111:abc"));
        configuration.apiUrl = "http://127.0.0.1:8081";
        configuration.mode = "webhook";
        configuration.webhookSecret = Optional.of("hook-secret-of-at-least-32-characters");
        configuration.readSettings();

        TelegramSettings settings = configuration.settings().orElseThrow();
        assertThat(settings.botToken()).isEqualTo("111:abc");
        assertThat(settings.apiBaseUrl()).hasToString("http://127.0.0.1:8081");
        assertThat(settings.mode()).isEqualTo(TelegramMode.WEBHOOK);
        assertThat(settings.webhookSecret()).isEqualTo("hook-secret-of-at-least-32-characters");
        TelegramGateway gateway = configuration.telegramGateway();
        assertThat(gateway).isInstanceOf(BotApiTelegramGateway.class);
        configuration.closeTelegramGateway(gateway);
    }

    private static TelegramBotConfiguration configuration(Optional<String> token) {
        TelegramBotConfiguration configuration = new TelegramBotConfiguration();
        configuration.botToken = token;
        configuration.apiUrl = "https://api.telegram.org";
        configuration.mode = "LONG_POLLING";
        configuration.webhookSecret = Optional.empty();
        configuration.pollTimeoutSeconds = 20;
        configuration.requestTimeoutSeconds = 15;
        configuration.readSettings();
        return configuration;
    }
}
