package cn.gov.shandong.circular.acceptance.filing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Filing numbers (备案号) 鲁园循备〔YYYY〕第N号: N counts the filings of year YYYY (the filing's date in
 * Asia/Shanghai) from 1, without gaps or duplicates. The counter row of the year is incremented in the
 * filing's own transaction: concurrent filings wait for each other's commit on that row, and a filing
 * that rolls back gives its number back, so the numbers that exist are always 1 … N.
 */
public final class FilingNumbers {

    static final String NEXT = """
            insert into filing_number_counter (year, last_number) values (?, 1)
            on conflict (year) do update set last_number = filing_number_counter.last_number + 1
            returning last_number""";

    private FilingNumbers() {
    }

    /** The next number of the year, within the caller's transaction on this connection. */
    public static int next(Connection connection, int year) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(NEXT)) {
            statement.setInt(1, year);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /** 鲁园循备〔2019〕第7号 */
    public static String format(int year, int number) {
        if (year < 2000 || year > 2100 || number < 1) {
            throw new IllegalArgumentException("no filing number for year " + year + ", number " + number);
        }
        return "鲁园循备〔" + year + "〕第" + number + "号";
    }
}
