package vn.laichau.par.bot.gateway;

import java.util.Objects;

/** A downloaded file: its path on Telegram's side (which ends with a usable extension) and its bytes. */
public record Downloaded(String filePath, byte[] content) implements DownloadResult {

    public Downloaded {
        Objects.requireNonNull(filePath, "filePath");
        Objects.requireNonNull(content, "content");
    }

    public int size() {
        return content.length;
    }

    @Override
    public String toString() {
        return "Downloaded[filePath=" + filePath + ", size=" + content.length + "]";
    }
}
