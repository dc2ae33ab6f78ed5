package cn.gov.shandong.circular.reporting.dispatch;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The dispatch view for the joint meeting (联席会议, issue 9 item 5): per city the programme's parks, the promotion
 * plan, the open rectifications, the annual report due and the latest notices, as of a day, within the caller's scope.
 *
 * @param asOf     the day judged (Asia/Shanghai): today unless the request named one
 * @param cityCode the city asked for, null for every city the caller sees
 * @param cities   by city code: every city with a part in any section
 */
@Schema(name = "DispatchView")
public record DispatchView(
        @Schema(maxLength = 20, pattern = "^[0-9]{4}-[0-9]{4}$", example = "2018-2020") String programme,
        @Schema(maxLength = 10, example = "2019-09-30") LocalDate asOf,
        @Schema(nullable = true, maxLength = 6, pattern = "^[0-9]{6}$", example = "371300") String cityCode,
        @Schema(maxItems = CITIES_MAX) List<CityDispatch> cities) {

    /** The province's cities, past and present, with room to spare. */
    public static final int CITIES_MAX = 100;
}
