package vn.laichau.par.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import vn.laichau.par.api.config.JsonProvider;

/**
 * An answer written as JSON once, and compressed once when a client first asks for it compressed: for answers
 * that are kept and sent many times over unchanged (the dashboards), which would otherwise be written and
 * compressed again for every request. {@link WrittenJsonWriter} sends the form the response's
 * {@code Content-Encoding} names, with its length.
 */
public final class WrittenJson {

    private final byte[] json;
    private volatile byte[] gzipped;

    private WrittenJson(byte[] json) {
        this.json = json;
    }

    /** {@code value} written as the API writes every answer. */
    public static WrittenJson of(Object value) {
        try {
            return new WrittenJson(JsonProvider.MAPPER.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** Whether compressing it saves more than it costs: not for less than one network packet. */
    boolean worthCompressing() {
        return json.length >= Gzip.SMALLEST_COMPRESSED;
    }

    byte[] json() {
        return json;
    }

    byte[] gzipped() {
        byte[] made = gzipped;
        if (made == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4 + 64);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            made = out.toByteArray();
            gzipped = made;
        }
        return made;
    }
}
