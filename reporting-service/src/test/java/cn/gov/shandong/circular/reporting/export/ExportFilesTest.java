package cn.gov.shandong.circular.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The writers on their own: not a @QuarkusTest (the format negotiation: web.ExportNegotiationTest). */
class ExportFilesTest {

    private static final Table TABLE = new Table("测试", "测试表", List.of("园区名称 / Park name", "逾期天数 / Days overdue",
            "截止日期 / Deadline"), 1, List.of(
            Arrays.asList("济南,\"明水\"经济开发区", 66L, LocalDate.of(2019, 12, 31)),
            Arrays.asList("=HYPERLINK(\"http://x\")", 1L, null),
            Arrays.asList("两行\r\n名称", 0L, LocalDate.of(2020, 1, 1))));

    @Test
    void csvStartsWithTheUtf8ByteOrderMarkAndQuotesCommasQuotesAndLineBreaks() throws IOException {
        byte[] csv = CsvFiles.write(TABLE);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("园区名称 / Park name,逾期天数 / Days overdue,截止日期 / Deadline\r\n");
        assertThat(text).contains("\"济南,\"\"明水\"\"经济开发区\",66,2019-12-31\r\n");
        List<CSVRecord> records = parse(csv);
        assertThat(records).hasSize(4);
        assertThat(records.get(1).values()).containsExactly("济南,\"明水\"经济开发区", "66", "2019-12-31");
        assertThat(records.get(3).values()).containsExactly("两行\r\n名称", "0", "2020-01-01");
    }

    @Test
    void aCsvTextThatExcelWouldRunAsAFormulaGetsAnApostrophe() throws IOException {
        assertThat(parse(CsvFiles.write(TABLE)).get(2).values()).containsExactly("'=HYPERLINK(\"http://x\")", "1", "");
        assertThat(CsvFiles.defused("+86")).isEqualTo("'+86");
        assertThat(CsvFiles.defused("-1")).isEqualTo("'-1");
        assertThat(CsvFiles.defused("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvFiles.defused("济南市")).isEqualTo("济南市");
        assertThat(CsvFiles.defused("")).isEmpty();
    }

    @Test
    void xlsxHasABoldFrozenHeaderRowNumbersAsNumbersDaysAsDatesAndTextsAsText() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxFiles.write(TABLE)))) {
            Sheet sheet = workbook.getSheet("测试");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("逾期天数 / Days overdue");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("济南,\"明水\"经济开发区");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(66.0);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(2))).isTrue();
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2019, 12, 31));
            // A text is a text cell, never a formula.
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(2).getCell(2)).isNull();
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("测试表");
        }
    }

    @Test
    void theChineseFileNameTravelsInFilenameStarAndAnAsciiOneBesideIt() {
        assertThat(Downloads.contentDisposition("progress_2018-2020_2019-12-31.xlsx", "园区循环化改造进展_2018-2020_2019-12-31.xlsx"))
                .isEqualTo("attachment; filename=\"progress_2018-2020_2019-12-31.xlsx\"; filename*=UTF-8''"
                        + "%E5%9B%AD%E5%8C%BA%E5%BE%AA%E7%8E%AF%E5%8C%96%E6%94%B9%E9%80%A0%E8%BF%9B%E5%B1%95"
                        + "_2018-2020_2019-12-31.xlsx");
        assertThat(Downloads.part("2018-2020")).isEqualTo("2018-2020");
        assertThat(Downloads.part("a/../\"b")).isEqualTo("a_____b");
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(reader).getRecords();
        }
    }
}
