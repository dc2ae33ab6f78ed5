package cn.gov.shandong.circular.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table as an Excel workbook (Office Open XML, written with Apache POI: decision 43): one sheet, the header
 * row bold, wrapped and frozen with the first columns, a filter on it; numbers as numeric cells, days as date
 * cells shown YYYY-MM-DD, texts as text cells (a text is never a formula here, whatever it starts with); an
 * empty text is no cell.
 */
public final class XlsxFiles {

    /** Widest column, in characters. */
    private static final int MAX_WIDTH = 40;

    private XlsxFiles() {
    }

    public static byte[] write(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(table.sheetName());
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            Row head = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(table.headers().get(c));
                cell.setCellStyle(header);
            }
            int[] widths = new int[table.headers().size()];
            for (int c = 0; c < widths.length; c++) {
                // Headers wrap at " / ": the wider of their two halves.
                for (String half : table.headers().get(c).split(" / ")) {
                    widths[c] = Math.max(widths[c], width(half));
                }
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value == null || "".equals(value)) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Long number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(day);
                    } else {
                        cell.setCellValue((String) value);
                    }
                    widths[c] = Math.max(widths[c], value instanceof LocalDate ? 10 : width(value.toString()));
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH) + 2) * 256);
            }
            sheet.createFreezePane(table.frozenColumns(), 1);
            if (!table.headers().isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(table.rows().size(), 1), 0, table.headers().size() - 1));
            }
            workbook.getProperties().getCoreProperties().setTitle(table.title());
            workbook.getProperties().getCoreProperties().setCreator("reporting-service");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Display width in characters: a Chinese (wide) character takes two. */
    static int width(String text) {
        return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
    }
}
