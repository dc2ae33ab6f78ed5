package cn.gov.shandong.circular.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV for Excel (RFC 4180, decision 43): UTF-8 with a byte order mark, without which Excel reads
 * the file in the system's ANSI code page and shows the Chinese as mojibake; CRLF line ends; a field quoted
 * when it holds a comma, a quote or a line break, quotes doubled. Days are ISO dates (YYYY-MM-DD), numbers
 * plain digits. A text that Excel would take for a formula (starting with = + - @, a tab or a carriage
 * return) gets a leading apostrophe, so that opening the file runs nothing (OWASP "CSV injection").
 */
public final class CsvFiles {

    /** EF BB BF: the byte order mark in UTF-8. */
    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private CsvFiles() {
    }

    public static byte[] write(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            printer.printRecord(table.headers());
            for (List<Object> row : table.rows()) {
                List<String> fields = new ArrayList<>(row.size());
                for (Object cell : row) {
                    fields.add(field(cell));
                }
                printer.printRecord(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof LocalDate day) {
            return day.toString();
        }
        if (cell instanceof String text) {
            return defused(text);
        }
        return cell.toString();
    }

    /** The text, with an apostrophe in front if a spreadsheet would read it as a formula. */
    static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
