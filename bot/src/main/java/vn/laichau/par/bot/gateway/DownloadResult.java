package vn.laichau.par.bot.gateway;

/** The outcome of downloading a file: {@link Downloaded} or a {@link TelegramFailure}. */
public sealed interface DownloadResult permits Downloaded, TelegramFailure {
}
