package vn.laichau.par.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class GzipTest {

    @Test
    void anAnswerSmallerThanOnePacketIsSentAsItIsWithoutContentEncoding() throws IOException {
        String json = "{\"id\":10,\"taskCode\":\"I.1\",\"deadlineMeaning\":\"Trước ngày 20/12 hằng năm\"}";
        Written written = write(json, 3);

        assertThat(written.headers.containsKey("Content-Encoding")).isFalse();
        assertThat(written.body.toString(StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void aLargerAnswerIsCompressedWhole() throws IOException {
        String json = "{\"items\":[" + "{\"id\":1,\"status\":\"OVERDUE\"},".repeat(200) + "{}]}";
        Written written = write(json, 7);

        assertThat(written.headers.getFirst("Content-Encoding")).isEqualTo("gzip");
        assertThat(written.headers.containsKey("Content-Length")).isFalse();
        assertThat(written.body.size()).isLessThan(json.length() / 5);
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(written.body.toByteArray())).readAllBytes();
        assertThat(new String(unzipped, StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void anAnswerNotMarkedForCompressionIsLeftAlone() throws IOException {
        String json = "{\"items\":[" + "{\"id\":1},".repeat(300) + "{}]}";
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();

        new Gzip().aroundWriteTo(context(headers, body, json.getBytes(StandardCharsets.UTF_8), 64));

        assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo(json);
    }

    /** What reaches the client when the entity writer writes {@code json} in pieces of {@code piece} bytes. */
    private static Written write(String json, int piece) throws IOException {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        headers.putSingle("Content-Encoding", "gzip");
        headers.putSingle("Content-Length", json.length());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        new Gzip().aroundWriteTo(context(headers, body, json.getBytes(StandardCharsets.UTF_8), piece));
        return new Written(headers, body);
    }

    private record Written(MultivaluedMap<String, Object> headers, ByteArrayOutputStream body) {
    }

    @Test
    void aWrittenAnswerIsSentAsItsWriterWritesItCompressedOnceWithItsLength() throws IOException {
        String json = "{\"rows\":[" + "{\"agencyId\":1,\"onTimeRate\":0.5},".repeat(100) + "{}]}";
        WrittenJson answer = WrittenJson.of(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json));
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        headers.putSingle("Content-Encoding", "gzip");
        ByteArrayOutputStream writerOutput = new ByteArrayOutputStream();
        new WrittenJsonWriter().writeTo(answer, WrittenJson.class, WrittenJson.class, null, null, headers,
                writerOutput);
        byte[] compressed = writerOutput.toByteArray();
        assertThat(headers.getFirst("Content-Length")).isEqualTo(Integer.toString(compressed.length));
        assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(compressed)).readAllBytes(),
                StandardCharsets.UTF_8)).isEqualTo(json);

        ByteArrayOutputStream client = new ByteArrayOutputStream();
        new Gzip().aroundWriteTo(context(headers, client, compressed, 100, answer));
        assertThat(client.toByteArray()).as("not compressed a second time").isEqualTo(compressed);
        assertThat(headers.getFirst("Content-Encoding")).isEqualTo("gzip");

        MultivaluedMap<String, Object> plainHeaders = new MultivaluedHashMap<>();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        new WrittenJsonWriter().writeTo(answer, WrittenJson.class, WrittenJson.class, null, null, plainHeaders, plain);
        assertThat(plain.toString(StandardCharsets.UTF_8)).isEqualTo(json);
        assertThat(plainHeaders.getFirst("Content-Length")).isEqualTo(Integer.toString(json.length()));

        WrittenJson small = WrittenJson.of(java.util.Map.of("planId", 1));
        MultivaluedMap<String, Object> smallHeaders = new MultivaluedHashMap<>();
        smallHeaders.putSingle("Content-Encoding", "gzip");
        ByteArrayOutputStream smallOutput = new ByteArrayOutputStream();
        new WrittenJsonWriter().writeTo(small, WrittenJson.class, WrittenJson.class, null, null, smallHeaders,
                smallOutput);
        assertThat(smallOutput.toString(StandardCharsets.UTF_8)).as("below one packet: as it is")
                .isEqualTo("{\"planId\":1}");
        assertThat(smallHeaders.containsKey("Content-Encoding")).isFalse();
        assertThat(smallHeaders.getFirst("Content-Length")).isEqualTo("12");
    }

    private static WriterInterceptorContext context(MultivaluedMap<String, Object> headers, OutputStream client,
            byte[] entity, int piece) {
        return context(headers, client, entity, piece, entity);
    }

    /** The interceptor's context for {@code entityObject}, whose writer writes {@code entity}. */
    private static WriterInterceptorContext context(MultivaluedMap<String, Object> headers, OutputStream client,
            byte[] entity, int piece, Object entityObject) {
        OutputStream[] stream = {client};
        return (WriterInterceptorContext) Proxy.newProxyInstance(GzipTest.class.getClassLoader(),
                new Class<?>[] {WriterInterceptorContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaders" -> headers;
                    case "getEntity" -> entityObject;
                    case "getOutputStream" -> stream[0];
                    case "setOutputStream" -> {
                        stream[0] = (OutputStream) args[0];
                        yield null;
                    }
                    case "proceed" -> {
                        for (int at = 0; at < entity.length; at += piece) {
                            stream[0].write(entity, at, Math.min(piece, entity.length - at));
                        }
                        stream[0].flush();
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
