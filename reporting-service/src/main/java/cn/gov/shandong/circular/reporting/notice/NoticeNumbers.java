package cn.gov.shandong.circular.reporting.notice;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Notice numbers (文号) 鲁园循通〔YYYY〕第N号: YYYY the publication's year (its day in Asia/Shanghai), N counting
 * that year's published notices from 1, without gaps or duplicates. The counter row of the year is incremented
 * in the publication's own transaction (as acceptance-service's filing numbers, decision 37): concurrent
 * publications wait for each other's commit on that row, and one that rolls back gives its number back.
 */
public final class NoticeNumbers {

    /** The prefix the province's notices on circular transformation carry: 鲁 (Shandong), 园循 (parks, circular), 通 (通报). */
    public static final String PREFIX = "鲁园循通";

    static final String NEXT = """
            insert into notice_number_counter (year, last_number) values (?, 1)
            on conflict (year) do update set last_number = notice_number_counter.last_number + 1
            returning last_number""";

    private NoticeNumbers() {
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

    /** 鲁园循通〔2021〕第1号 */
    public static String format(int year, int number) {
        if (year < 2000 || year > 2100 || number < 1) {
            throw new IllegalArgumentException("no notice number for year " + year + ", number " + number);
        }
        return PREFIX + "〔" + year + "〕第" + number + "号";
    }
}
