package vn.laichau.par.api.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.laichau.par.api.config.JsonProvider;

/**
 * Gives every JSON representation an {@code ETag} — the entity's version where the resource set one, else a
 * hash of the JSON — and answers {@code 304 Not Modified} when {@code If-None-Match} names it. A hashed
 * representation is sent as the very bytes that were hashed, so it is serialised once and sent with its
 * {@code Content-Length}.
 */
@Provider
@jakarta.annotation.Priority(5000)
public class ETags implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()) {
            return;
        }
        Object tag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (tag == null) {
            MediaType type = response.getMediaType();
            if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return;
            }
            byte[] json = JsonProvider.MAPPER.writeValueAsBytes(response.getEntity());
            response.setEntity(json, response.getEntityAnnotations(), type);
            // known here whatever its size; gzip, when it compresses, takes it away
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, Integer.toString(json.length));
            tag = new EntityTag(hash(json));
        }
        String current = tag instanceof EntityTag entityTag ? headerText(entityTag) : tag.toString();
        response.getHeaders().putSingle(HttpHeaders.ETAG, current);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, current)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        }
    }

    /**
     * The header's text of {@code tag}, written here once: the runtime would write an {@link EntityTag} through its
     * header delegate, looked up again for every response.
     */
    static String headerText(EntityTag tag) {
        String quoted = '"' + tag.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        return tag.isWeak() ? "W/" + quoted : quoted;
    }

    /** Whether an {@code If-None-Match} list names {@code tag} (weak comparison) or is {@code *}. */
    static boolean matches(String header, String tag) {
        String bare = strip(tag);
        for (String candidate : header.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || strip(c).equals(bare)) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        return t.replace("\"", "");
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
