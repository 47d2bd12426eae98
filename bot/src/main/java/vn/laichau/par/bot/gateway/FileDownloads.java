package vn.laichau.par.bot.gateway;

/** Downloads a file a user sent to the bot, named as its messenger names it, refusing more than a limit. */
@FunctionalInterface
public interface FileDownloads {

    /** Refuses every download: for a bot whose messenger names no file by URL. */
    FileDownloads NONE = (fileId, maxBytes) -> PermanentFailure.ofMessage("no download of files named by URL here");

    DownloadResult download(String fileId, long maxBytes);

    /** Whether a file is named by an http(s) URL (Zalo's {@code photo_url}) rather than a Telegram file id. */
    static boolean isUrl(String fileId) {
        return fileId.startsWith("https://") || fileId.startsWith("http://");
    }
}
