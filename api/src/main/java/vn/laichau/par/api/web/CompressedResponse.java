package vn.laichau.par.api.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import vn.laichau.par.api.http.Gzip;

/**
 * A static asset held until it is complete, then sent gzip-compressed when it is text and larger than one network
 * packet (the web app's files are small: holding one costs less than a phone's 3G round trip).
 */
final class CompressedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;

    CompressedResponse(HttpServletResponse response) {
        super(response);
    }

    static boolean accepts(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        return "GET".equals(request.getMethod()) && accepted != null
                && accepted.toLowerCase(Locale.ROOT).contains("gzip");
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("blocking only");
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    @Override
    public void setContentLength(int length) {
        // the length is set once the body is known
    }

    @Override
    public void setContentLengthLong(long length) {
        // the length is set once the body is known
    }

    @Override
    public void setHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() {
        // held until finish()
    }

    /** Sends what was written, compressed when worth it. */
    void finish() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (response.isCommitted()) {
            return;
        }
        byte[] bytes = body.toByteArray();
        response.addHeader("Vary", "Accept-Encoding");
        if (bytes.length >= Gzip.SMALLEST_COMPRESSED && compressible(response.getContentType())
                && response.getHeader("Content-Encoding") == null) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream(bytes.length / 3);
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(bytes);
            }
            bytes = zipped.toByteArray();
            response.setHeader("Content-Encoding", "gzip");
        }
        if (bytes.length > 0) {
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
        response.flushBuffer();
    }

    private static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("javascript") || type.contains("json")
                || type.contains("svg") || type.contains("xml");
    }
}
