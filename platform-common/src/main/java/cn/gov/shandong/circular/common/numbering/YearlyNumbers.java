package cn.gov.shandong.circular.common.numbering;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * A government document's number (文号) 〔YYYY〕第N号 after its prefix (鲁园循备 for filings, 鲁园循通 for notices): N
 * counts the year's documents from 1 without gaps or duplicates. The year's row of the counter table (columns
 * {@code year}, {@code last_number}) is incremented in the document's own transaction: concurrent issues wait for
 * each other's commit on that row, and one that rolls back gives its number back, so the numbers that exist are
 * always 1 … N (docs/decisions.md 37).
 */
public final class YearlyNumbers {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private final String prefix;
    private final String next;

    /**
     * @param counterTable the service's table of (year primary key, last_number)
     * @param prefix       e.g. 鲁园循备
     */
    public YearlyNumbers(String counterTable, String prefix) {
        if (!TABLE.matcher(counterTable).matches()) {
            throw new IllegalArgumentException("not a table name: " + counterTable);
        }
        this.prefix = prefix;
        this.next = "insert into " + counterTable + " (year, last_number) values (?, 1) on conflict (year) do update"
                + " set last_number = " + counterTable + ".last_number + 1 returning last_number";
    }

    /** The next number of the year, within the caller's transaction on this connection. */
    public int next(Connection connection, int year) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(next)) {
            statement.setInt(1, year);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /** e.g. 鲁园循备〔2019〕第7号 */
    public String format(int year, int number) {
        if (year < 2000 || year > 2100 || number < 1) {
            throw new IllegalArgumentException("no " + prefix + " number for year " + year + ", number " + number);
        }
        return prefix + "〔" + year + "〕第" + number + "号";
    }
}
