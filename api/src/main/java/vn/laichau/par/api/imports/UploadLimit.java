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
import vn.laichau.par.api.http.RequestBodyLimit;
import vn.laichau.par.domain.Refusal;

/**
 * Reads an uploaded appendix within the size limit ({@code par.import.max-bytes}, 5 MB by default). An empty
 * body is a 400, a larger one a 413 (the request's body as a whole is bounded as it streams in by
 * {@link RequestBodyLimit}).
 */
@ApplicationScoped
public class UploadLimit {

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
                throw RequestBodyLimit.fileTooLarge(maxBytes);
            }
            out.write(buffer, 0, n);
        }
        if (total == 0) {
            throw Refusal.invalid("empty-file", "Tệp tải lên rỗng", "The uploaded file is empty", List.of());
        }
        return out.toByteArray();
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

    /**
     * The file's name without any folder, or a name that tells the format from the content type when none was
     * given.
     */
    public static String fileName(String given, String contentType) {
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
