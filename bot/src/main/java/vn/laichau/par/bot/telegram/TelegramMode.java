package vn.laichau.par.bot.telegram;

/** How updates reach the bot. Telegram allows one long-poller per token, so a cluster uses webhooks. */
public enum TelegramMode {
    LONG_POLLING,
    WEBHOOK
}
