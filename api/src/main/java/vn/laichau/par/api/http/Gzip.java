package vn.laichau.par.api.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Compresses JSON answers with gzip when the client accepts it (slow mobile links): the filter decides and
 * marks the response, the interceptor compresses what is written. An answer smaller than one network packet is
 * sent as it is: compressing it costs the server more than it saves the phone. The interceptor holds the first
 * bytes until it knows which it is. A {@link WrittenJson} answer is compressed once, where it is kept.
 */
@Provider
@jakarta.annotation.Priority(jakarta.ws.rs.Priorities.ENTITY_CODER)
public class Gzip implements ContainerResponseFilter, WriterInterceptor {

    static final String GZIP = "gzip";
    /** The smallest answer worth compressing: one network packet. */
    public static final int SMALLEST_COMPRESSED = 1400;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        String accepted = request.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        MediaType type = response.getMediaType();
        if (accepted == null || !accepted.toLowerCase().contains(GZIP) || !response.hasEntity() || type == null
                || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))
                || response.getHeaders().containsKey(HttpHeaders.CONTENT_ENCODING)) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, GZIP);
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!GZIP.equals(String.valueOf(context.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)))
                || context.getEntity() instanceof WrittenJson) {
            // a written answer is kept compressed already (WrittenJsonWriter)
            context.proceed();
            return;
        }
        context.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        SmallAsItIs entity = new SmallAsItIs(context.getOutputStream(), context.getHeaders());
        context.setOutputStream(entity);
        try {
            context.proceed();
        } finally {
            entity.finish();
        }
    }

    /**
     * Holds what is written until it exceeds one packet, then compresses it all; if it never does, sends it
     * uncompressed and takes the {@code Content-Encoding} back (nothing has reached the client yet).
     */
    private static final class SmallAsItIs extends OutputStream {

        private final OutputStream target;
        private final MultivaluedMap<String, Object> headers;
        private ByteArrayOutputStream held = new ByteArrayOutputStream(SMALLEST_COMPRESSED);
        private GZIPOutputStream gzip;

        SmallAsItIs(OutputStream target, MultivaluedMap<String, Object> headers) {
            this.target = target;
            this.headers = headers;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (gzip == null && held.size() + length < SMALLEST_COMPRESSED) {
                held.write(bytes, offset, length);
                return;
            }
            if (gzip == null) {
                gzip = new EndingGzip(target);
                held.writeTo(gzip);
                held = null;
            }
            gzip.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            if (gzip != null) {
                gzip.flush();
            }
        }

        void finish() throws IOException {
            if (gzip != null) {
                gzip.finish();
            } else if (held != null) {
                headers.remove(HttpHeaders.CONTENT_ENCODING);
                held.writeTo(target);
                held = null;
            }
        }

        @Override
        public void close() throws IOException {
            finish();
            target.close();
        }
    }

    /**
     * gzip whose compressor frees its native memory as soon as the answer is complete, not when the collector
     * finds it: at a thousand answers a second, compressors waiting for the collector held well over 100 MiB of
     * native memory.
     */
    private static final class EndingGzip extends GZIPOutputStream {

        EndingGzip(OutputStream target) throws IOException {
            super(target, 8192);
        }

        @Override
        public void finish() throws IOException {
            try {
                super.finish();
            } finally {
                def.end();
            }
        }
    }
}
