package vn.laichau.par.api.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.domain.Refusal;

/**
 * Reads an uploaded appendix within the size limit ({@code par.import.max-bytes}, 5 MB by default). An empty
 * body is a 400, a larger one a 413; the rest of an oversize body is read and dropped so that the client gets
 * the answer rather than a reset connection.
 */
@ApplicationScoped
public class UploadLimit {

    static final long DRAIN_LIMIT = 256L * 1024 * 1024;
    static final long FORM_OVERHEAD = 64L * 1024;

    @Inject
    @ConfigProperty(name = "par.import.max-bytes", defaultValue = "5242880")
    long maxBytes;

    public byte[] read(InputStream body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (body != null && (n = body.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                drain(body, buffer, total);
                throw tooLarge();
            }
            out.write(buffer, 0, n);
        }
        if (total == 0) {
            throw Refusal.invalid("empty-file", "Tệp tải lên rỗng", "The uploaded file is empty", List.of());
        }
        return out.toByteArray();
    }

    /**
     * A request whose declared length is well beyond the limit (a form adds a little around the file) is refused
     * before its file is read.
     */
    public void refuseDeclaredOversize(String contentLength) {
        if (contentLength == null || contentLength.isBlank()) {
            return;
        }
        try {
            if (Long.parseLong(contentLength.strip()) > maxBytes + FORM_OVERHEAD) {
                throw tooLarge();
            }
        } catch (NumberFormatException e) {
            throw Refusal.invalid("invalid-content-length", "Content-Length không hợp lệ",
                    "Content-Length is not a number", List.of());
        }
    }

    private Refusal tooLarge() {
        return Refusal.of(Refusal.Reason.TOO_LARGE, "file-too-large",
                "Tệp lớn hơn giới hạn " + maxBytes / (1024 * 1024) + " MB",
                "The file is larger than the limit of " + maxBytes / (1024 * 1024) + " MB");
    }

    /**
     * Browsers and HTTP clients send a non-ASCII file name in a form as raw UTF-8 bytes, which the multipart
     * reader decodes as ISO-8859-1; this reads them back as UTF-8 when they are valid UTF-8.
     */
    static String utf8(String name) {
        if (name.chars().anyMatch(ch -> ch > 0xFF) || name.chars().allMatch(ch -> ch < 0x80)) {
            return name;
        }
        byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return name;
        }
    }

    private static void drain(InputStream body, byte[] buffer, long read) throws IOException {
        long total = read;
        int n;
        while (total < DRAIN_LIMIT && (n = body.read(buffer)) > 0) {
            total += n;
        }
    }

    /**
     * The file's name without any folder, or a name that tells the format from the content type when none was
     * given.
     */
    static String fileName(String given, String contentType) {
        if (given != null && !given.isBlank()) {
            String name = given.strip();
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
            if (name.length() > 255) {
                name = name.substring(name.length() - 255);
            }
            if (!name.isBlank()) {
                return name;
            }
        }
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        if (type.contains("spreadsheetml")) {
            return "phu-bieu.xlsx";
        }
        return type.contains("csv") ? "phu-bieu.csv" : "phu-bieu.txt";
    }
}
