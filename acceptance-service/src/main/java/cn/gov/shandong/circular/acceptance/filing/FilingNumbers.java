package cn.gov.shandong.circular.acceptance.filing;

import cn.gov.shandong.circular.common.numbering.YearlyNumbers;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Filing numbers (备案号) 鲁园循备〔YYYY〕第N号: N counts the filings of year YYYY (the filing's date in
 * Asia/Shanghai) from 1, without gaps or duplicates (platform-common's {@link YearlyNumbers}).
 */
public final class FilingNumbers {

    private static final YearlyNumbers NUMBERS = new YearlyNumbers("filing_number_counter", "鲁园循备");

    private FilingNumbers() {
    }

    /** The next number of the year, within the caller's transaction on this connection. */
    public static int next(Connection connection, int year) throws SQLException {
        return NUMBERS.next(connection, year);
    }

    /** 鲁园循备〔2019〕第7号 */
    public static String format(int year, int number) {
        return NUMBERS.format(year, number);
    }
}
