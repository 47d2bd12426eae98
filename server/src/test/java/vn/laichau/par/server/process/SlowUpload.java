package vn.laichau.par.server.process;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An evidence upload that stops half-way: the request line, the headers and the first chunks of a chunked
 * multipart body, then nothing more until {@link #close()} — a phone on a slow network, in the middle of which
 * the server can be killed.
 */
public final class SlowUpload implements AutoCloseable {

    private final Socket socket;

    private SlowUpload(Socket socket) {
        this.socket = socket;
    }

    /** Sends {@code sentBytes} of a file of {@code totalBytes} and holds the connection open. */
    public static SlowUpload start(int port, String path, String token, String ifMatch, String fileName,
                                   int sentBytes) {
        String boundary = "----par-slow";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n").getBytes(StandardCharsets.UTF_8);
        try {
            Socket socket = new Socket("127.0.0.1", port);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer " + token
                    + "\r\nIf-Match: " + ifMatch + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            chunk(out, head);
            byte[] block = new byte[64 * 1024];
            for (int i = 0; i < block.length; i++) {
                block[i] = (byte) ('a' + i % 26);
            }
            for (int sent = 0; sent < sentBytes; sent += block.length) {
                chunk(out, block);
            }
            out.flush();
            return new SlowUpload(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // the server is gone already
        }
    }
}
