package vn.laichau.par.api.http;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Sends a {@link WrittenJson}: compressed when {@link Gzip} has chosen gzip for the response and the answer is
 * worth it, as it is otherwise (taking the {@code Content-Encoding} back, as {@link Gzip} does for a small answer),
 * in both cases with its {@code Content-Length}.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class WrittenJsonWriter implements MessageBodyWriter<WrittenJson> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return WrittenJson.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(WrittenJson answer, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
            throws IOException {
        boolean gzip = Gzip.GZIP.equals(String.valueOf(headers.getFirst(HttpHeaders.CONTENT_ENCODING)));
        if (gzip && !answer.worthCompressing()) {
            headers.remove(HttpHeaders.CONTENT_ENCODING);
            gzip = false;
        }
        byte[] body = gzip ? answer.gzipped() : answer.json();
        headers.putSingle(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length));
        out.write(body);
    }
}
