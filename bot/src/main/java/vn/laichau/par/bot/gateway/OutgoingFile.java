package vn.laichau.par.bot.gateway;

import java.util.Objects;

/** A file to upload: the name the recipient sees and its bytes. */
public record OutgoingFile(String fileName, byte[] content) {

    public OutgoingFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        if (fileName.isBlank()) {
            throw new IllegalArgumentException("A file to send needs a name");
        }
    }

    @Override
    public String toString() {
        return "OutgoingFile[fileName=" + fileName + ", size=" + content.length + "]";
    }
}
