package cn.gov.shandong.circular.common.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client that sends a request exactly as given: a target with malformed escapes, control
 * bytes in header values, any body bytes. REST Assured and java.net.http check and escape URIs and
 * headers first, so a test could never send what a careless or hostile client sends.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** A response: status, headers (names in lower case) and body. */
    public record Reply(int status, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** Status, headers and the start of the body, for a failure message. */
        public String describe() {
            return status + " " + headers + " " + abbreviate(bodyText());
        }
    }

    /** A header to send as given, value bytes as ISO-8859-1 (use {@link #utf8} for text beyond Latin-1). */
    public record Header(String name, String value) {
    }

    /** A header value carrying UTF-8 bytes, as browsers send non-Latin-1 text. */
    public static String utf8(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /**
     * Sends one request on a new connection ({@code Connection: close}) and reads the whole reply.
     *
     * @param target the request target as written on the request line, e.g. {@code /api/v1/parks/%00}
     * @param body   null for none; otherwise sent with its Content-Length
     */
    public static Reply send(int port, String method, String target, List<Header> headers, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n")
                    .append("Connection: close\r\n");
            for (Header header : headers) {
                head.append(header.name()).append(": ").append(header.value()).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            // Head and body in one write, without Nagle's delay: two small writes would wait for the first one's
            // (delayed) acknowledgement before the second leaves, milliseconds per request.
            socket.setTcpNoDelay(true);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                request.writeBytes(body);
            }
            OutputStream out = socket.getOutputStream();
            try {
                request.writeTo(out);
            } catch (IOException refusedEarly) {
                // The server may answer and close before reading a body it refuses; read that answer.
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("no HTTP reply to " + method + " " + abbreviate(target), e);
        }
    }

    /**
     * Sends one request with its body in chunks of {@code chunkSize} bytes ({@code Transfer-Encoding: chunked},
     * no Content-Length), as a client streaming a body of unknown length does.
     */
    public static Reply sendChunked(int port, String method, String target, List<Header> headers, byte[] body, int chunkSize) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n")
                    .append("Connection: close\r\n")
                    .append("Transfer-Encoding: chunked\r\n");
            for (Header header : headers) {
                head.append(header.name()).append(": ").append(header.value()).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                for (int from = 0; from < body.length; from += chunkSize) {
                    int size = Math.min(chunkSize, body.length - from);
                    out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body, from, size);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } catch (IOException refusedEarly) {
                // The server may answer and close before reading a body it refuses; read that answer.
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("no HTTP reply to chunked " + method + " " + abbreviate(target), e);
        }
    }

    /** Reads the head, then the body by Content-Length, by chunks, or (neither given) to the end. */
    private static Reply read(InputStream socket) throws IOException {
        // Buffered: the head is read a byte at a time, which unbuffered would be a system call per byte.
        InputStream in = new BufferedInputStream(socket);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        int last4 = 0; // the last four bytes read, to see the head's end ("\r\n\r\n") without searching again
        while (last4 != 0x0d0a0d0a) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after " + received.size() + " bytes of the reply's head");
            }
            received.write(b);
            last4 = (last4 << 8) | b;
        }
        int end = received.size() - 4;
        String[] lines = received.toString(StandardCharsets.ISO_8859_1).substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String length = headers.get("content-length");
        byte[] body;
        if (length != null) {
            body = in.readNBytes(Integer.parseInt(length));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(in);
        } else {
            body = in.readAllBytes();
        }
        return new Reply(status, headers, body);
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            int size = Integer.parseInt(line(in).split(";")[0].trim(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(size));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "... (" + text.length() + " chars)";
    }
}
