package vn.laichau.par.api.telegram.link;

import java.time.Instant;
import vn.laichau.par.persistence.telegram.IssuedLinkCode;

/**
 * A one-time code that links a Telegram chat to the official: send {@code /start <code>} to the bot, or open
 * {@code deepLink} (absent when the bot's user name is not configured). Valid 15 minutes, once.
 */
public record TelegramLinkCodeResponse(String code, String command, String deepLink, Instant expiresAt) {

    static TelegramLinkCodeResponse of(IssuedLinkCode issued, String botUsername) {
        String name = botUsername == null ? "" : botUsername.strip();
        return new TelegramLinkCodeResponse(issued.code(), "/start " + issued.code(),
                name.isEmpty() ? null : issued.deepLink(name), issued.expiresAt());
    }
}
