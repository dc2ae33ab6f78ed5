package cn.gov.shandong.circular.parks.registry;

import java.util.List;

/**
 * An import file read into rows of text cells, before any rule: the header row and the data rows, each with the
 * row number a person sees in the file (the header is row 1 when it is the first line; in a CSV file a row is a
 * record, which is a line unless a quoted cell spans lines). Entirely blank rows are left out.
 *
 * @param header the header row
 * @param rows   the data rows, in file order
 */
public record ImportSheet(Row header, List<Row> rows) {

    /** Most data rows in one import: the province's whole registry, with room to spare (docs/decisions.md, 42). */
    public static final int MAX_ROWS = 10_000;
    /** Most characters in one cell: far beyond any valid value, so that a rejection can still quote it in part. */
    public static final int MAX_CELL = 1_000;

    /** One row: its number in the file and its cells, left to right (null for a missing cell). */
    public record Row(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** The file cannot be read as the format it claims (not UTF-8, not an XLSX workbook, no header, too many rows). */
    public static final class Unreadable extends RuntimeException {

        public final boolean tooLarge;

        public Unreadable(String message, boolean tooLarge) {
            super(message);
            this.tooLarge = tooLarge;
        }
    }
}
