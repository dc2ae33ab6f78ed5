package cn.gov.shandong.circular.parks.registry;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV import file (RFC 4180: comma-separated, double quotes around a cell that holds a comma, a quote or a
 * line break, a quote inside doubled). UTF-8 only, with or without the byte-order mark Excel writes; CRLF or LF.
 */
public final class CsvSheets {

    private CsvSheets() {
    }

    public static ImportSheet read(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportSheet.Unreadable("The CSV file is not UTF-8 text: save it as \"CSV UTF-8\"", false);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        ImportSheet.Row header = null;
        List<ImportSheet.Row> rows = new ArrayList<>();
        int number = 0;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        CharBuffer in = CharBuffer.wrap(text);
        while (true) {
            boolean end = !in.hasRemaining();
            char c = end ? '\n' : in.get();
            if (quoted && !end) {
                if (c == '"') {
                    if (in.hasRemaining() && in.get(in.position()) == '"') {
                        in.get();
                        cell.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    append(cell, c);
                }
                continue;
            }
            if (quoted) {
                throw new ImportSheet.Unreadable("The CSV file ends inside a quoted cell of row " + (number + 1), false);
            }
            if (c == '"' && cell.isEmpty() && !afterQuote) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && in.hasRemaining() && in.get(in.position()) == '\n') {
                    in.get();
                }
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
                number++;
                ImportSheet.Row row = new ImportSheet.Row(number, List.copyOf(cells));
                cells.clear();
                if (!row.blank()) {
                    if (header == null) {
                        header = row;
                    } else {
                        rows.add(row);
                        if (rows.size() > ImportSheet.MAX_ROWS) {
                            throw new ImportSheet.Unreadable("The file has more than " + ImportSheet.MAX_ROWS
                                    + " parks; import it in parts", true);
                        }
                    }
                }
                if (end) {
                    break;
                }
            } else if (afterQuote) {
                // A character after a closing quote ("a"b): keep it, as spreadsheets do, rather than refuse the file.
                append(cell, c);
            } else {
                append(cell, c);
            }
        }
        if (header == null) {
            throw new ImportSheet.Unreadable("The file is empty: the first row must name the columns", false);
        }
        return new ImportSheet(header, rows);
    }

    private static void append(StringBuilder cell, char c) {
        if (cell.length() < ImportSheet.MAX_CELL * 2) {
            cell.append(c);
        }
    }
}
