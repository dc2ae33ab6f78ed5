package cn.gov.shandong.circular.reporting.notice;

import cn.gov.shandong.circular.common.numbering.YearlyNumbers;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Notice numbers (文号) 鲁园循通〔YYYY〕第N号: YYYY the publication's year (its day in Asia/Shanghai), N counting
 * that year's published notices from 1, without gaps or duplicates (platform-common's {@link YearlyNumbers}, as
 * acceptance-service's filing numbers).
 */
public final class NoticeNumbers {

    /** The prefix the province's notices on circular transformation carry: 鲁 (Shandong), 园循 (parks, circular), 通 (通报). */
    public static final String PREFIX = "鲁园循通";

    private static final YearlyNumbers NUMBERS = new YearlyNumbers("notice_number_counter", PREFIX);

    private NoticeNumbers() {
    }

    /** The next number of the year, within the caller's transaction on this connection. */
    public static int next(Connection connection, int year) throws SQLException {
        return NUMBERS.next(connection, year);
    }

    /** 鲁园循通〔2021〕第1号 */
    public static String format(int year, int number) {
        return NUMBERS.format(year, number);
    }
}
