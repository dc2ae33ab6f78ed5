package cn.gov.shandong.circular.reporting.dispatch;

import cn.gov.shandong.circular.reporting.notice.NoticeRequests;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published notice (通报, decision 45) naming a park of the city, as the dispatch view lists it.
 *
 * @param parks how many of the city's parks it names
 */
@Schema(name = "DispatchNotice")
public record LatestNotice(
        @Schema(maxLength = 36, example = "3f6c1a52-8d0e-4c8a-9b55-2f1e0c7d9a10") UUID id,
        @Schema(maxLength = 40, pattern = "^鲁园循通〔[0-9]{4}〕第[1-9][0-9]*号$", example = "鲁园循通〔2021〕第1号") String number,
        @Schema(format = "date", maxLength = 10, example = "2021-03-12") LocalDate publishedOn,
        @Schema(maxLength = NoticeRequests.TITLE_MAX, example = "关于2020年度园区循环化改造逾期未完成情况的通报") String title,
        @Schema(minimum = "1", maximum = "2147483647", example = "2") int parks) {

    /** The newest this many. */
    public static final int MAX = 3;
}
