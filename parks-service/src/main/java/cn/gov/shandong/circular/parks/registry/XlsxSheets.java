package cn.gov.shandong.circular.parks.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX import file with Apache POI. Cells are read as Excel shows them (a city code
 * typed as the number 370100 reads "370100"); a formula cell gives its cached value, never evaluated here.
 * POI's zip-bomb guard stays on (an entry may inflate at most 100 times), and an entry may not exceed 64 MB.
 */
public final class XlsxSheets {

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
    }

    private XlsxSheets() {
    }

    public static ImportSheet read(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportSheet.Unreadable("The workbook has no sheet", false);
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            formatter.setUseCachedValuesForFormulaCells(true);
            ImportSheet.Row header = null;
            List<ImportSheet.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    Cell cell = row.getCell(i, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
                    String value = cell == null ? null : formatter.formatCellValue(cell);
                    if (value != null && value.length() > ImportSheet.MAX_CELL * 2) {
                        value = value.substring(0, ImportSheet.MAX_CELL * 2);
                    }
                    cells.add(value);
                }
                ImportSheet.Row read = new ImportSheet.Row(row.getRowNum() + 1, cells);
                if (read.blank()) {
                    continue;
                }
                if (header == null) {
                    header = read;
                } else {
                    rows.add(read);
                    if (rows.size() > ImportSheet.MAX_ROWS) {
                        throw new ImportSheet.Unreadable("The sheet has more than " + ImportSheet.MAX_ROWS
                                + " parks; import it in parts", true);
                    }
                }
            }
            if (header == null) {
                throw new ImportSheet.Unreadable("The first sheet is empty: its first row must name the columns", false);
            }
            return new ImportSheet(header, rows);
        } catch (ImportSheet.Unreadable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Not a zip, not a workbook, a zip bomb, a corrupt part: all the same to the caller.
            throw new ImportSheet.Unreadable("The body is not a readable XLSX workbook", false);
        }
    }
}
