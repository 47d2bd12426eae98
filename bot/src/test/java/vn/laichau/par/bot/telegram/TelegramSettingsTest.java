package vn.laichau.par.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

class TelegramSettingsTest {

    private static final String TOKEN = "987654:AAF-secret_token";

    @Test
    void theBaseUrlBecomesTheLibrarysTelegramUrlWithDefaultPorts() {
        TelegramUrl local = TelegramSettings.longPolling(TOKEN, URI.create("http://127.0.0.1:8081")).telegramUrl();
        TelegramUrl official = TelegramSettings.longPolling(TOKEN, TelegramSettings.DEFAULT_API_BASE_URL).telegramUrl();

        assertThat(local).isEqualTo(new TelegramUrl("http", "127.0.0.1", 8081, false));
        assertThat(official).isEqualTo(new TelegramUrl("https", "api.telegram.org", 443, false));
    }

    @Test
    void fileUrlsFollowTheConfiguredBaseUrl() {
        TelegramSettings settings = TelegramSettings.longPolling(TOKEN, URI.create("http://127.0.0.1:8081/"));

        assertThat(settings.fileUrl("documents/file_3.pdf").toString())
                .isEqualTo("http://127.0.0.1:8081/file/bot" + TOKEN + "/documents/file_3.pdf");
    }

    @Test
    void theTokenAndSecretNeverAppearInTheTextForm() {
        TelegramSettings settings = TelegramSettings.longPolling(TOKEN, TelegramSettings.DEFAULT_API_BASE_URL)
                .withWebhook("hook_secret-1-of-at-least-32-characters");

        assertThat(settings.toString()).doesNotContain(TOKEN, "hook_secret-1").contains("WEBHOOK");
    }

    @Test
    void webhookModeNeedsAWellFormedSecret() {
        TelegramSettings polling = TelegramSettings.longPolling(TOKEN, TelegramSettings.DEFAULT_API_BASE_URL);

        assertThatThrownBy(() -> polling.withWebhook("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> polling.withWebhook("has space")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> polling.withWebhook("short_Secret-2")).isInstanceOf(IllegalArgumentException.class);
        assertThat(polling.withWebhook("ok_Secret-2-of-at-least-32-characters").mode()).isEqualTo(TelegramMode.WEBHOOK);
    }

    @Test
    void badValuesAreRefusedWithAReason() {
        URI base = TelegramSettings.DEFAULT_API_BASE_URL;

        assertThatThrownBy(() -> TelegramSettings.longPolling(" ", base)).hasMessageContaining("token");
        assertThatThrownBy(() -> TelegramSettings.longPolling(TOKEN, URI.create("ftp://x.vn"))).hasMessageContaining("http");
        assertThatThrownBy(() -> TelegramSettings.longPolling(TOKEN, URI.create("https://x.vn/bot")))
                .hasMessageContaining("path");
        assertThatThrownBy(() -> TelegramSettings.longPolling(TOKEN, base).withPollTimeoutSeconds(51))
                .hasMessageContaining("poll timeout");
        assertThatThrownBy(() -> TelegramSettings.longPolling(TOKEN, base).withRequestTimeout(Duration.ZERO))
                .hasMessageContaining("request timeout");
    }
}
