package vn.laichau.par.bot.zalo;

/** How Zalo events reach the bot: polling and a webhook exclude each other. */
public enum ZaloMode {
    LONG_POLLING,
    WEBHOOK
}
