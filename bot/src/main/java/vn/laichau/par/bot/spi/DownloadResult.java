package vn.laichau.par.bot.spi;

/** The outcome of downloading a file: {@link Downloaded} or a {@link TelegramFailure}. */
public sealed interface DownloadResult permits Downloaded, TelegramFailure {
}
