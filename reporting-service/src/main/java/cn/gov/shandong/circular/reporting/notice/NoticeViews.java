package cn.gov.shandong.circular.reporting.notice;

import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.reporting.overdue.OverdueRule;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the notices' endpoints answer. */
public final class NoticeViews {

    private NoticeViews() {
    }

    /** Where a named park stands today. */
    @Schema(name = "NamedParkState", description = "NOT_FILED: still without a filing that counts; FILED_LATE: filed "
            + "after its deadline (filedLateOn); NOT_OVERDUE: off the overdue list since (withdrawn from the programme, "
            + "rescheduled, or a filing made in time has arrived)")
    public enum State {
        NOT_FILED,
        FILED_LATE,
        NOT_OVERDUE
    }

    /**
     * A notice (通报): the frozen document (number, date, text, parks as named) and each named park's state today.
     *
     * @param number      null while a draft
     * @param publishedOn null while a draft
     * @param parksAsOf   the day (Asia/Shanghai) the parks were taken from the overdue list
     * @param asOf        the day the parks' states ({@code stateNow}) are judged: today in the province
     */
    @Schema(name = "Notice")
    public record Notice(
            @Schema(maxLength = 36, example = "3f6c1a52-8d0e-4c8a-9b55-2f1e0c7d9a10") UUID id,
            @Schema(nullable = true, maxLength = 40, example = "鲁园循通〔2021〕第1号") String number,
            @Schema(maxLength = 10, example = "PUBLISHED") NoticeStatus status,
            @Schema(maxLength = 20, example = "2018-2020") String programmeCode,
            @Schema(minimum = "2000", maximum = "2100", example = "2020") int year,
            @Schema(maxLength = NoticeRequests.TITLE_MAX, example = "关于2020年度园区循环化改造逾期未完成情况的通报") String title,
            @Schema(maxLength = NoticeRequests.TEXT_MAX,
                    example = "各市工业和信息化局：截至2021年3月10日，下列园区未按计划完成循环化改造验收备案，现予通报。") String text,
            @Schema(maxLength = 10, example = "2021-03-10") LocalDate parksAsOf,
            @Schema(nullable = true, maxLength = 10, example = "2021-03-12") LocalDate publishedOn,
            @Schema(maxLength = 10, example = "2021-05-20") LocalDate asOf,
            @Schema(maxItems = NoticeRequests.PARKS_MAX) List<NamedPark> parks,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "1") long version) {
    }

    /**
     * A park the notice names: as it stood when named (frozen), and its state today.
     *
     * @param statusWhenNamed      NOT_FILED or FILED_LATE on the notice's parksAsOf day
     * @param daysOverdueWhenNamed days from 31 December of the scheduled year to that day (or to the late filing)
     * @param stateNow             today's state; null when the park is outside the caller's scope (the document is
     *                             the same for every reader, the parks' progress is not: decision 45)
     * @param filedLateOn          today's: the day of the late filing that counts, when stateNow is FILED_LATE
     * @param filedAfterNotice     a published notice's park whose late filing came after the publication day
     */
    @Schema(name = "NamedPark")
    public record NamedPark(
            @Schema(maxLength = 20, example = "SDP072") String parkCode,
            @Schema(maxLength = 200, example = "临沂临港经济开发区") String parkName,
            @Schema(maxLength = 6, example = "371300") String cityCode,
            @Schema(maxLength = 50, example = "临沂市") String cityName,
            @Schema(maxLength = 10, example = "PROVINCIAL") ParkLevel level,
            @Schema(minimum = "2000", maximum = "2100", example = "2020") int scheduledYear,
            @Schema(maxLength = 10, example = "NOT_FILED") OverdueRule.Status statusWhenNamed,
            @Schema(minimum = "1", maximum = "9223372036854775807", example = "69") long daysOverdueWhenNamed,
            @Schema(nullable = true, maxLength = 10, example = "2021-01-15") LocalDate filedLateOnWhenNamed,
            @Schema(nullable = true, maxLength = 11, example = "FILED_LATE") State stateNow,
            @Schema(nullable = true, maxLength = 10, example = "2021-04-02") LocalDate filedLateOn,
            @Schema(nullable = true, example = "true") Boolean filedAfterNotice) {
    }
}
