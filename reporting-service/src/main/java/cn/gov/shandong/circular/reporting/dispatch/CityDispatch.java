package cn.gov.shandong.circular.reporting.dispatch;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One city's row of the dispatch view: a section per source, each its own record (DispatchBoard assembles them).
 *
 * @param cityName null when no park of the city is registered here yet
 */
@Schema(name = "CityDispatch")
public record CityDispatch(
        @Schema(maxLength = 6, pattern = "^[0-9]{6}$", example = "371300") String cityCode,
        @Schema(nullable = true, maxLength = 50, example = "临沂市") String cityName,
        ProgrammeSection programme,
        PromotionPlanSection promotionPlan,
        RectificationSection rectifications) {
}
