package cn.gov.shandong.circular.reporting.dispatch;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rectifications (整改) open in the city as of the view's day (decision 47): what a spot check (抽查) required
 * (限期整改) and was neither confirmed nor ended by a revocation of the filing, and what a supervision visit
 * (监督检查) required and was not resolved, each by then.
 *
 * @param open    how many are open
 * @param overdue of those, how many are past their deadline (deadline before asOf)
 * @param items   the open ones, by deadline and park; the first {@value #ITEMS_MAX} when there are more
 */
@Schema(name = "DispatchRectifications")
public record RectificationSection(
        @Schema(minimum = "0", maximum = "2147483647", example = "2") int open,
        @Schema(minimum = "0", maximum = "2147483647", example = "1") int overdue,
        @Schema(maxItems = ITEMS_MAX) List<OpenRectification> items) {

    public static final int ITEMS_MAX = 200;

    static final RectificationSection NONE = new RectificationSection(0, 0, List.of());

    /** Where a rectification comes from. */
    @Schema(name = "DispatchRectificationSource", description = "SPOT_CHECK (acceptance-service) or SUPERVISION (plans-service)")
    public enum Source {
        /** 抽查 of a filed acceptance found it must be rectified by a deadline. */
        SPOT_CHECK,
        /** 监督检查 by the city required an action by a deadline. */
        SUPERVISION
    }

    /**
     * One open rectification.
     *
     * @param parkName    null while the park's registration has not arrived
     * @param reference   the spot-check round (2020-01) or the supervision record's id
     * @param itemId      the filed application a spot check found about, or the supervision action's id
     * @param description the finding's first reason, or the action required
     * @param openedOn    the day it was recorded (Asia/Shanghai)
     * @param overdue     its deadline is before asOf
     */
    @Schema(name = "DispatchOpenRectification")
    public record OpenRectification(
            @Schema(example = "SPOT_CHECK") Source source,
            @Schema(maxLength = 20, pattern = "^SDP[0-9]{3,}$", example = "SDP021") String parkCode,
            @Schema(nullable = true, maxLength = 200, example = "临沂临港经济开发区") String parkName,
            @Schema(maxLength = 36, pattern = "^([0-9]{4}-[0-9]{2}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$",
                    example = "2020-01") String reference,
            @Schema(maxLength = 36, example = "3f1c2b1e-8a9d-4c53-9e1f-2a7b6c5d4e30") UUID itemId,
            @Schema(maxLength = 1000, example = "固体废物资源化利用率未达到实施方案目标") String description,
            @Schema(maxLength = 10, example = "2020-05-12") LocalDate openedOn,
            @Schema(maxLength = 10, example = "2020-08-31") LocalDate deadline,
            @Schema(example = "false") boolean overdue) {
    }
}
