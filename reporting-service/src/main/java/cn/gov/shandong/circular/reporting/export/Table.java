package cn.gov.shandong.circular.reporting.export;

import java.time.LocalDate;
import java.util.List;

/**
 * A table to export: one header row (bilingual, 中文 / English) and rows of cells, each a text ({@link String}),
 * a whole number ({@link Long}), a day ({@link LocalDate}) or empty (null). Written as XLSX by {@link XlsxFiles}
 * and as CSV by {@link CsvFiles}, cell for cell the same.
 *
 * @param sheetName      the worksheet's name (at most 31 characters, none of {@code []:*?/\})
 * @param title          the workbook's title (document properties)
 * @param headers        the header row
 * @param frozenColumns  columns that stay in view when scrolling sideways (the codes and names)
 * @param rows           the rows, each as long as the header row
 */
public record Table(String sheetName, String title, List<String> headers, int frozenColumns, List<List<Object>> rows) {

    public Table {
        for (List<Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + headers.size() + " headers");
            }
            for (Object cell : row) {
                if (cell != null && !(cell instanceof String || cell instanceof Long || cell instanceof LocalDate)) {
                    throw new IllegalArgumentException("a cell must be text, a whole number (Long) or a day, not "
                            + cell.getClass().getSimpleName());
                }
            }
        }
    }
}
