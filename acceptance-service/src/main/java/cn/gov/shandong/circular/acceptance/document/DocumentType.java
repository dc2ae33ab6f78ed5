package cn.gov.shandong.circular.acceptance.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of supporting document the platform stores, each recognised from its content (magic bytes,
 * and for Office files the container's inner names), never from the file name or the client's
 * Content-Type (decision 39).
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),
    PPT("application/vnd.ms-powerpoint", "ppt");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    /** A ZIP with more entries than this is no Office document we take (and reading on would cost). */
    private static final int ZIP_ENTRIES_MAX = 10_000;

    private final String mediaType;
    private final List<String> extensions;

    DocumentType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file-name extensions that name this type (lower case, without the dot). */
    public List<String> extensions() {
        return extensions;
    }

    /** The type with this media type, as stored. */
    public static DocumentType ofMediaType(String mediaType) {
        for (DocumentType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("no document type " + mediaType);
    }

    /** The type the content is, or empty when it is none of these (text, HTML, executables, archives ...). */
    public static Optional<DocumentType> of(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officeOpenXml(content);
        }
        if (startsWith(content, OLE2_MAGIC)) {
            return compoundFile(content);
        }
        return Optional.empty();
    }

    /** Whether a file name's extension, if it has one, names this type. */
    public boolean agreesWith(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return true;
        }
        return extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** An OOXML package: a ZIP with [Content_Types].xml and the main part's folder (word/, xl/ or ppt/). */
    private static Optional<DocumentType> officeOpenXml(byte[] content) {
        boolean contentTypes = false;
        Set<String> roots = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int entries = 0; (entry = zip.getNextEntry()) != null && entries < ZIP_ENTRIES_MAX; entries++) {
                String name = entry.getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                }
                int slash = name.indexOf('/');
                if (slash > 0) {
                    roots.add(name.substring(0, slash + 1));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not a readable ZIP: nothing we take
        }
        if (!contentTypes) {
            return Optional.empty();
        }
        boolean word = roots.contains("word/");
        boolean excel = roots.contains("xl/");
        boolean powerPoint = roots.contains("ppt/");
        if (word && !excel && !powerPoint) {
            return Optional.of(DOCX);
        }
        if (excel && !word && !powerPoint) {
            return Optional.of(XLSX);
        }
        if (powerPoint && !word && !excel) {
            return Optional.of(PPTX);
        }
        return Optional.empty();
    }

    /**
     * A legacy Office file: an OLE2 compound file whose directory has the stream of Word
     * ({@code WordDocument}), Excel ({@code Workbook} or {@code Book}) or PowerPoint
     * ({@code PowerPoint Document}).
     */
    private static Optional<DocumentType> compoundFile(byte[] content) {
        Set<String> streams = CompoundFile.streamNames(content);
        boolean word = streams.contains("WordDocument");
        boolean excel = streams.contains("Workbook") || streams.contains("Book");
        boolean powerPoint = streams.contains("PowerPoint Document");
        if (word && !excel && !powerPoint) {
            return Optional.of(DOC);
        }
        if (excel && !word && !powerPoint) {
            return Optional.of(XLS);
        }
        if (powerPoint && !word && !excel) {
            return Optional.of(PPT);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Just enough of the compound file binary format ([MS-CFB]) to list the names in its directory. */
    static final class CompoundFile {

        private static final int END_OF_CHAIN = 0xFFFFFFFE;
        private static final int HEADER_DIFAT_ENTRIES = 109;
        private static final int DIRECTORY_ENTRY = 128;
        private static final int STREAM = 2;

        private CompoundFile() {
        }

        /** The names of the streams in the directory; empty when the file is not a well-formed compound file. */
        static Set<String> streamNames(byte[] content) {
            Set<String> names = new HashSet<>();
            try {
                ByteBuffer file = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
                int sectorShift = file.getShort(30) & 0xFFFF;
                if (sectorShift != 9 && sectorShift != 12) {
                    return names;
                }
                int sectorSize = 1 << sectorShift;
                int[] fatSectors = fatSectors(file, sectorSize);
                int sector = file.getInt(48);
                int maxSectors = content.length / sectorSize;
                for (int steps = 0; sector != END_OF_CHAIN && steps <= maxSectors; steps++) {
                    int offset = (sector + 1) * sectorSize;
                    if (sector < 0 || offset + sectorSize > content.length) {
                        return names;
                    }
                    for (int entry = offset; entry < offset + sectorSize; entry += DIRECTORY_ENTRY) {
                        int nameBytes = file.getShort(entry + 64) & 0xFFFF;
                        if (file.get(entry + 66) == STREAM && nameBytes >= 2 && nameBytes <= 64) {
                            names.add(new String(content, entry, nameBytes - 2, StandardCharsets.UTF_16LE));
                        }
                    }
                    sector = next(file, fatSectors, sectorSize, sector);
                }
            } catch (IndexOutOfBoundsException e) {
                names.clear(); // truncated or malformed
            }
            return names;
        }

        /** The sectors of the FAT: the header's 109, then the DIFAT sector chain's. */
        private static int[] fatSectors(ByteBuffer file, int sectorSize) {
            int count = file.getInt(44);
            if (count < 0 || count > file.capacity() / sectorSize) {
                throw new IndexOutOfBoundsException("FAT sectors: " + count);
            }
            int[] sectors = new int[count];
            int found = 0;
            for (int i = 0; i < HEADER_DIFAT_ENTRIES && found < count; i++) {
                sectors[found++] = file.getInt(76 + i * 4);
            }
            int difat = file.getInt(68);
            int perSector = sectorSize / 4 - 1; // the last entry links to the next DIFAT sector
            for (int steps = 0; found < count && difat != END_OF_CHAIN && steps <= count; steps++) {
                int offset = (difat + 1) * sectorSize;
                for (int i = 0; i < perSector && found < count; i++) {
                    sectors[found++] = file.getInt(offset + i * 4);
                }
                difat = file.getInt(offset + perSector * 4);
            }
            return sectors;
        }

        private static int next(ByteBuffer file, int[] fatSectors, int sectorSize, int sector) {
            int perSector = sectorSize / 4;
            int fatSector = fatSectors[sector / perSector];
            return file.getInt((fatSector + 1) * sectorSize + (sector % perSector) * 4);
        }
    }
}
