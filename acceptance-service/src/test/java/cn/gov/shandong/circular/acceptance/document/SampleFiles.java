package cn.gov.shandong.circular.acceptance.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small but real files of each kind, made here, for the tests. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** A one-page PDF with a line of text (a valid file: header, objects, xref, trailer). */
    public static byte[] pdf(String text) {
        String stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A 1×1 PNG. */
    public static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }

    /** The start of a JPEG (SOI and a JFIF APP0 segment): enough for the type. */
    public static byte[] jpeg() {
        return new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1,
                0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};
    }

    /** An OOXML package with [Content_Types].xml and a part under {@code root} (word/, xl/, ppt/). */
    public static byte[] ooxml(String root, boolean contentTypes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (contentTypes) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write("<Relationships/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(root + "document.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A minimal OLE2 compound file (version 3, 512-byte sectors): the header, one FAT sector and one
     * directory sector with the root entry and a stream named {@code stream} ("WordDocument", "Workbook", ...).
     */
    public static byte[] compoundFile(String stream) {
        ByteBuffer file = ByteBuffer.allocate(512 * 3).order(ByteOrder.LITTLE_ENDIAN);
        file.put(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        file.putShort(24, (short) 0x3E).putShort(26, (short) 3).putShort(28, (short) 0xFFFE)
                .putShort(30, (short) 9).putShort(32, (short) 6)
                .putInt(44, 1).putInt(48, 1).putInt(56, 4096).putInt(60, 0xFFFFFFFE).putInt(64, 0)
                .putInt(68, 0xFFFFFFFE).putInt(72, 0);
        for (int i = 0; i < 109; i++) {
            file.putInt(76 + i * 4, i == 0 ? 0 : 0xFFFFFFFF);
        }
        int fat = 512;
        for (int i = 0; i < 128; i++) {
            file.putInt(fat + i * 4, i == 0 ? 0xFFFFFFFD : i == 1 ? 0xFFFFFFFE : 0xFFFFFFFF);
        }
        directoryEntry(file, 1024, "Root Entry", 5);
        directoryEntry(file, 1024 + 128, stream, 2);
        return file.array();
    }

    private static void directoryEntry(ByteBuffer file, int at, String name, int type) {
        byte[] utf16 = (name + "\0").getBytes(StandardCharsets.UTF_16LE);
        for (int i = 0; i < utf16.length; i++) {
            file.put(at + i, utf16[i]);
        }
        file.putShort(at + 64, (short) utf16.length);
        file.put(at + 66, (byte) type);
        file.putInt(at + 68, -1).putInt(at + 72, -1).putInt(at + 76, -1);
    }

    /** {@code size} bytes that are a PDF by their first bytes. */
    public static byte[] largePdf(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }
}
