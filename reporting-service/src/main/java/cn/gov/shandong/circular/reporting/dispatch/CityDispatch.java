package cn.gov.shandong.circular.reporting.dispatch;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One city's row of the dispatch view: a section per source, each its own record (DispatchBoard assembles them).
 *
 * @param cityName      null when no park of the city is registered here yet
 * @param annualReport  null when the city owes no report for the year before asOf's (see its schema)
 * @param latestNotices the newest {@value LatestNotice#MAX}, newest first
 */
@Schema(name = "CityDispatch")
public record CityDispatch(
        @Schema(maxLength = 6, pattern = "^[0-9]{6}$", example = "371300") String cityCode,
        @Schema(nullable = true, maxLength = 50, example = "临沂市") String cityName,
        ProgrammeSection programme,
        PromotionPlanSection promotionPlan,
        RectificationSection rectifications,
        @Schema(nullable = true) AnnualReportSection annualReport,
        @Schema(maxItems = LatestNotice.MAX, description = "The programme's newest published notices (通报) naming a park "
                + "of the city, published by the end of asOf (Asia/Shanghai), newest first; at most "
                + LatestNotice.MAX) List<LatestNotice> latestNotices) {
}
