package cn.gov.shandong.circular.reporting.progress;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A programme's goals, measured with the programme's own shares (plan.programme-defined): by its end,
 * this share of the national-level parks and of the provincial-level parks have completed the
 * transformation (2018-2020: 全部国家级园区、50%以上的省级园区, shares 1.00 and 0.50).
 *
 * @param programme         the programme, e.g. {@code 2018-2020}
 * @param asOf              the day (Asia/Shanghai) up to which filings count, or null for all so far
 * @param cityCode          null for the province; a city officer's city otherwise
 * @param national          the national-level goal
 * @param provincial        the provincial-level goal
 * @param unclassifiedParks scheduled parks whose level is not known yet (their registration has not arrived)
 * @param registry          the same goals against all the province's parks of the registry (decision 44): the
 *                          active national- and provincial-level parks at the report's date as denominators
 */
public record GoalCoverage(@Schema(maxLength = 20, example = "2018-2020") String programme,
                           @Schema(example = "2020-12-31") LocalDate asOf,
                           @Schema(nullable = true, maxLength = 6, example = "370100") String cityCode,
                           @Schema(example = "{\"share\":1.00,\"parks\":25,\"completed\":25,\"required\":25,\"met\":true}") Goal national,
                           @Schema(example = "{\"share\":0.50,\"parks\":81,\"completed\":60,\"required\":41,\"met\":true}") Goal provincial,
                           @Schema(minimum = "0", maximum = "9223372036854775807", example = "0") long unclassifiedParks,
                           @Schema(nullable = true) Registry registry) {

    /** The goals of the programme's parks only, before the registry's are added. */
    public GoalCoverage(String programme, LocalDate asOf, String cityCode, Goal national, Goal provincial,
                        long unclassifiedParks) {
        this(programme, asOf, cityCode, national, provincial, unclassifiedParks, null);
    }

    /** These goals with the registry's. */
    public GoalCoverage withRegistry(Registry registry) {
        return new GoalCoverage(programme, asOf, cityCode, national, provincial, unclassifiedParks, registry);
    }

    /**
     * The programme's shares of all the province's parks of the registry (a city officer: of their cities'),
     * active at the end of the report's date: registered by then (or scheduled in the programme, which they
     * existed for), not retired or merged on or before it, at the level they had on that day.
     *
     * @param national     the registry's active national-level parks; completed = of those, filed by the date
     *                     (whichever programme the filing answered) and not revoked by then
     * @param provincial   the same for the provincial-level parks
     * @param retiredParks parks of the registry retired or merged on or before the date, counted in neither
     */
    @Schema(name = "RegistryGoals")
    public record Registry(@Schema(example = "{\"share\":1.00,\"parks\":27,\"completed\":25,\"required\":27,\"met\":false}") Goal national,
                           @Schema(example = "{\"share\":0.50,\"parks\":132,\"completed\":60,\"required\":66,\"met\":false}") Goal provincial,
                           @Schema(minimum = "0", maximum = "9223372036854775807", example = "2") long retiredParks) {
    }

    /**
     * @param share     the programme's share of the parks of this level; null while its definition has not arrived
     * @param parks     parks of this level scheduled in the programme
     * @param completed of those, the parks filed by the date
     * @param required  how many must be completed: parks × share, rounded up to a whole park; null without a share
     * @param met       completed reaches required; null without a share
     */
    public record Goal(@Schema(nullable = true, minimum = "0", maximum = "1", example = "0.50") BigDecimal share,
                       @Schema(minimum = "0", maximum = "9223372036854775807", example = "81") long parks,
                       @Schema(minimum = "0", maximum = "9223372036854775807", example = "60") long completed,
                       @Schema(nullable = true, minimum = "0", maximum = "9223372036854775807", example = "41") Long required,
                       @Schema(nullable = true, example = "true") Boolean met) {

        /** "50%以上" is at least half: 81 provincial parks at 0.50 need 41, never 40. */
        static Goal of(BigDecimal share, long parks, long completed) {
            if (share == null) {
                return new Goal(null, parks, completed, null, null);
            }
            long required = share.multiply(BigDecimal.valueOf(parks)).setScale(0, RoundingMode.CEILING).longValueExact();
            return new Goal(share, parks, completed, required, completed >= required);
        }
    }
}
