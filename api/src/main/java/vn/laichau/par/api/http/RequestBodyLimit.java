package vn.laichau.par.api.http;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.application.occurrence.EvidenceStore;
import vn.laichau.par.domain.Refusal;

/**
 * Bounds every request body while it streams in: a declared length beyond the method's limit is refused before a
 * byte is kept, and a body without one (chunked) is cut off with a 413 at the first byte past the limit, so that
 * neither the multipart reader nor a JSON reader ever buffers more than the limit. Before answering, at most
 * {@link #DRAIN_BYTES} more of the body are read and dropped: most HTTP clients read the answer only once they
 * have sent their body, and would otherwise see a reset connection instead of the 413.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.ENTITY_CODER)
public class RequestBodyLimit implements ContainerRequestFilter, ContainerResponseFilter {

    /** JSON bodies: far more than any command of the API needs. */
    public static final long JSON_BYTES = 1024L * 1024;
    /** What a messenger posts to a webhook: an update is a few KB. */
    public static final long WEBHOOK_BYTES = 256L * 1024;
    /** How much of a refused body is read and dropped so that the client gets its answer. */
    static final long DRAIN_BYTES = 32L * 1024 * 1024;
    /** What a form adds around its file. */
    static final long FORM_OVERHEAD = 64L * 1024;

    private final EvidenceStore evidence;
    private final long importBytes;

    @Context
    ResourceInfo resource;

    /** For the container's client proxy only. */
    protected RequestBodyLimit() {
        this(null, 0);
    }

    @Inject
    public RequestBodyLimit(EvidenceStore evidence,
                            @ConfigProperty(name = "par.import.max-bytes", defaultValue = "5242880") long importBytes) {
        this.evidence = evidence;
        this.importBytes = importBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Limit limit = limitOf(resource == null ? null : resource.getResourceMethod());
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && !declared.isBlank()) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                throw ProblemException.badRequest("invalid-content-length", "Content-Length không hợp lệ",
                        "Content-Length is not a number");
            }
            if (length > limit.bytes()) {
                if (length <= limit.bytes() + DRAIN_BYTES && request.hasEntity()) {
                    drain(request.getEntityStream(), length);
                }
                throw limit.refusal().get();
            }
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit));
        }
    }

    /**
     * A refused request whose body was never read (a wrong content type, an unknown path) has the rest of it read
     * and dropped too, up to {@link #DRAIN_BYTES}, so that its client gets the answer. Not so for a caller who did
     * not prove who it is (401): the server reads nothing more of an unknown sender's body.
     */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || response.getStatus() == 401) {
            return;
        }
        try {
            if (request.hasEntity()) {
                drain(request.getEntityStream(), DRAIN_BYTES);
            }
        } catch (RuntimeException alreadyRead) {
            // the body was read and closed, or already cut off: nothing left to drop
        }
    }

    /** How many bytes a body may have, and what a larger one is told. */
    record Limit(long bytes, Supplier<RuntimeException> refusal) {
    }

    Limit limitOf(Method method) {
        BodyLimit annotated = method == null ? null : method.getAnnotation(BodyLimit.class);
        if (annotated == null) {
            return new Limit(JSON_BYTES, () -> tooLarge(JSON_BYTES));
        }
        return switch (annotated.value()) {
            case EVIDENCE -> new Limit(evidence.maxBytes() + FORM_OVERHEAD, () -> EvidenceStore.tooLarge(
                    evidence.maxBytes()));
            case APPENDIX -> new Limit(importBytes + FORM_OVERHEAD, () -> fileTooLarge(importBytes));
            case WEBHOOK -> new Limit(WEBHOOK_BYTES, () -> tooLarge(WEBHOOK_BYTES));
        };
    }

    /** A body larger than {@code limit}. */
    static ProblemException tooLarge(long limit) {
        String size = limit >= 1024 * 1024 ? (limit / (1024 * 1024)) + " MB" : (limit / 1024) + " KB";
        return new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "content-too-large",
                "Nội dung gửi lên lớn hơn giới hạn " + size, "The request body is larger than the limit of " + size);
    }

    /** An uploaded file larger than {@code maxBytes}. */
    public static Refusal fileTooLarge(long maxBytes) {
        return Refusal.of(Refusal.Reason.TOO_LARGE, "file-too-large",
                "Tệp lớn hơn giới hạn " + maxBytes / (1024 * 1024) + " MB",
                "The file is larger than the limit of " + maxBytes / (1024 * 1024) + " MB");
    }

    private static void drain(InputStream body, long atMost) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            int n;
            while (total < atMost && (n = body.read(buffer)) > 0) {
                total += n;
            }
        } catch (IOException | RuntimeException gone) {
            // the client stopped sending, or the body already passed its limit: nothing more to drop
        }
    }

    /** A body stream that refuses the first byte past the limit. */
    static final class Bounded extends FilterInputStream {

        private long read;
        private boolean cutOff;

        private final Limit limit;

        Bounded(InputStream in, Limit limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            if (cutOff) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (cutOff) {
                return -1;
            }
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit.bytes()) {
                cutOff = true;
                drain(in, DRAIN_BYTES);
                throw limit.refusal().get();
            }
        }
    }
}
