package vn.laichau.par.api.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;

/**
 * Compresses JSON answers with gzip when the client accepts it (slow mobile links): the filter decides and
 * marks the response, the interceptor compresses what is written. Answers already serialised and smaller than
 * one network packet are sent as they are: compressing them costs the server more than it saves the phone.
 */
@Provider
@jakarta.annotation.Priority(jakarta.ws.rs.Priorities.ENTITY_CODER)
public class Gzip implements ContainerResponseFilter, WriterInterceptor {

    private static final String GZIP = "gzip";
    static final int SMALLEST_COMPRESSED = 1400;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        String accepted = request.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        MediaType type = response.getMediaType();
        if (accepted == null || !accepted.toLowerCase().contains(GZIP) || !response.hasEntity() || type == null
                || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))
                || response.getHeaders().containsKey(HttpHeaders.CONTENT_ENCODING)
                || response.getEntity() instanceof byte[] bytes && bytes.length < SMALLEST_COMPRESSED) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, GZIP);
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!GZIP.equals(String.valueOf(context.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)))) {
            context.proceed();
            return;
        }
        context.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        GZIPOutputStream gzip = new GZIPOutputStream(context.getOutputStream(), 8192);
        context.setOutputStream(gzip);
        try {
            context.proceed();
        } finally {
            gzip.finish();
        }
    }
}
