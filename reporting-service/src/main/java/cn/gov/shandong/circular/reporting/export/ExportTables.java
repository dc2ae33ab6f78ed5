package cn.gov.shandong.circular.reporting.export;

import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.reporting.overdue.OverduePark;
import cn.gov.shandong.circular.reporting.overdue.OverdueRule;
import cn.gov.shandong.circular.reporting.progress.ProgressReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The JSON answers laid out as the tables civil servants keep (decision 43): headers 中文 / English, the
 * codes and names first. Pure: the same answer gives the same table.
 */
public final class ExportTables {

    /** The name of the province's row, as Attachment 1 prints it. */
    public static final String PROVINCE_ROW = "全省合计";

    private ExportTables() {
    }

    /**
     * Attachment 1's shape (docs/attachment-1.csv): the province's row first (for callers who see it), then one
     * row per city; per year the planned parks (合计/国家级/省级, as the attachment), the completed ones (filed by
     * the end of asOf) and those not completed in time (the overdue list's parks, filed late or not at all),
     * then the same cumulated.
     *
     * @param overdue the overdue parks the caller sees, as of the same day
     */
    public static Table progress(ProgressReport report, List<OverduePark> overdue, String programme, LocalDate asOf) {
        List<String> headers = new ArrayList<>(List.of("城市代码 / City code", "城市 / City"));
        for (int year : report.years()) {
            headers.addAll(triple(year + "年计划", year + " planned"));
            headers.addAll(triple(year + "年完成", year + " completed"));
            headers.addAll(triple(year + "年未按期完成", year + " not completed in time"));
        }
        headers.addAll(triple("累计计划", "Cumulative planned"));
        headers.addAll(triple("累计完成", "Cumulative completed"));
        headers.addAll(triple("累计未按期完成", "Cumulative not completed in time"));
        List<List<Object>> rows = new ArrayList<>();
        if (report.province() != null) {
            rows.add(progressRow("", PROVINCE_ROW, report.province().years(), report.province().cumulative(), overdue));
        }
        for (ProgressReport.Row row : report.rows()) {
            List<OverduePark> own = overdue.stream().filter(p -> Objects.equals(p.cityCode(), row.cityCode())).toList();
            rows.add(progressRow(row.cityCode() == null ? "" : row.cityCode(), row.cityName(), row.years(), row.cumulative(), own));
        }
        return new Table("园区循环化改造进展", "园区循环化改造进展（" + programme + "，截至" + asOf + "）", headers, 2, rows);
    }

    private static List<String> triple(String chinese, String english) {
        return List.of(chinese + " 合计 / " + english + " total", chinese + " 国家级 / " + english + " national",
                chinese + " 省级 / " + english + " provincial");
    }

    private static List<Object> progressRow(String code, String name, List<ProgressReport.YearCell> years,
                                            ProgressReport.Cumulative cumulative, List<OverduePark> overdue) {
        List<Object> row = new ArrayList<>(List.of(code, name));
        for (ProgressReport.YearCell cell : years) {
            counts(row, cell.planned());
            counts(row, cell.completed());
            counts(row, overdue.stream().filter(p -> p.year() == cell.year()).toList());
        }
        counts(row, cumulative.planned());
        counts(row, cumulative.completed());
        counts(row, overdue);
        return row;
    }

    private static void counts(List<Object> row, ProgressReport.Counts counts) {
        row.add(counts.total());
        row.add(counts.national());
        row.add(counts.provincial());
    }

    /** Total, national, provincial, as the report counts: a park of unknown level in the total only. */
    private static void counts(List<Object> row, List<OverduePark> parks) {
        row.add((long) parks.size());
        row.add(parks.stream().filter(p -> p.level() == ParkLevel.NATIONAL).count());
        row.add(parks.stream().filter(p -> p.level() == ParkLevel.PROVINCIAL).count());
    }

    /** The overdue list, one row per park, in the list's order. */
    public static Table overdue(List<OverduePark> parks, String programme, LocalDate asOf) {
        List<String> headers = List.of("园区代码 / Park code", "园区名称 / Park name", "城市代码 / City code",
                "城市 / City", "级别 / Level", "计划完成年度 / Scheduled year", "截止日期 / Deadline",
                "逾期天数 / Days overdue", "状态 / Status", "逾期备案日期 / Filed late on", "撤销备案日期 / Filing revoked on");
        List<List<Object>> rows = new ArrayList<>();
        for (OverduePark park : parks) {
            List<Object> row = new ArrayList<>();
            row.add(park.parkCode());
            row.add(park.parkName());
            row.add(park.cityCode());
            row.add(park.cityName());
            row.add(level(park.level()));
            row.add((long) park.year());
            row.add(park.deadline());
            row.add(park.daysOverdue());
            row.add(status(park.status()));
            row.add(park.filedLateOn());
            row.add(park.revokedOn());
            rows.add(row);
        }
        return new Table("逾期未完成园区", "逾期未完成园区名单（" + programme + "，截至" + asOf + "）", headers, 2, rows);
    }

    /** 国家级 or 省级, as the programme's attachments write it; empty while unknown. */
    public static String level(ParkLevel level) {
        if (level == null) {
            return null;
        }
        return level == ParkLevel.NATIONAL ? "国家级" : "省级";
    }

    /** 未备案 (not filed) or 逾期备案 (filed late). */
    public static String status(OverdueRule.Status status) {
        return status == OverdueRule.Status.NOT_FILED ? "未备案" : "逾期备案";
    }
}
