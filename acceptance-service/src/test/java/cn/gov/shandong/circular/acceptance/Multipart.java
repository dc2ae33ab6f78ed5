package cn.gov.shandong.circular.acceptance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A multipart/form-data body written byte for byte as a browser writes it: file names and text in raw
 * UTF-8 (the HTML standard's form encoding), so Chinese names arrive as they are.
 */
public final class Multipart {

    private final String boundary = "----circular-parks-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public static Multipart form() {
        return new Multipart();
    }

    public Multipart file(String name, String fileName, String contentType, byte[] content) {
        head("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n");
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    public Multipart text(String name, String value) {
        head("Content-Disposition: form-data; name=\"" + name + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n");
        body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] bytes() {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.writeBytes(body.toByteArray());
        whole.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return whole.toByteArray();
    }

    private void head(String headers) {
        body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
