package cn.gov.shandong.circular.reporting.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether each goal of a programme will be met by its end, as of a day, with the counts behind it and the rule
 * that judged them ({@link ForecastRule}).
 *
 * @param cityCode          null for the province; a city officer's city otherwise
 * @param ended             the programme's last year is over: the outlook is then MET or MISSED
 * @param unclassifiedParks scheduled parks whose level is not known yet (their registration has not arrived): not counted
 */
@Schema(name = "GoalForecast")
public record Forecast(
        @Schema(maxLength = 20, example = "2021-2025") String programme,
        @Schema(maxLength = 10, example = "2024-06-30") LocalDate asOf,
        @Schema(maxLength = 10, example = "2025-12-31") LocalDate endsOn,
        @Schema(example = "false") boolean ended,
        @Schema(nullable = true, maxLength = 6, example = "370100") String cityCode,
        @Schema(maxLength = 1000, example = RULE) String rule,
        Goal national,
        Goal provincial,
        @Schema(minimum = "0", maximum = "9223372036854775807", example = "0") long unclassifiedParks) {

    /** The rule in one paragraph, as the response gives it. */
    public static final String RULE = "completed = parks with a filing that stands; inAcceptance = their latest "
            + "application under review or passed; planned = an approved implementation plan, not applied yet; "
            + "required = parks x share, rounded up. MET: completed >= required; ON_TRACK: completed + inAcceptance "
            + ">= required; AT_RISK: only with planned too; OFF_TRACK: not even then; MISSED: the programme ended short "
            + "of it. 已备案 + 验收中 达到目标为正常推进；还须依靠已批复实施方案的园区为有风险；仍达不到为进度滞后。";

    /**
     * One level's goal.
     *
     * @param share        the programme's share of the level's parks
     * @param parks        the programme's parks of the level (in scope)
     * @param completed    with a filing that stands at the end of asOf
     * @param inAcceptance not completed; latest application under review or passed
     * @param planned      neither; implementation plan approved by then
     * @param notStarted   the rest
     * @param required     parks x share, rounded up
     * @param likely       completed + inAcceptance
     * @param possible     likely + planned
     */
    @Schema(name = "GoalForecastLevel")
    public record Goal(
            @Schema(minimum = "0", maximum = "1", example = "0.50") BigDecimal share,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "81") long parks,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "30") long completed,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "7") long inAcceptance,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "6") long planned,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "38") long notStarted,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "41") long required,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "37") long likely,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "43") long possible,
            @Schema(maxLength = 9, example = "AT_RISK") ForecastRule.Outlook outlook,
            @Schema(maxLength = 500, example = "省级园区81个，目标比例50%，需完成41个；已完成30个；正在验收7个，合计37个，尚差4个；"
                    + "另有6个实施方案已批复但未申请验收，须全部按期通过验收方能实现目标，存在风险。") String explanation) {

        static Goal of(String levelName, BigDecimal share, ForecastRule.Counts counts, boolean ended) {
            ForecastRule.Judgement judgement = ForecastRule.judge(share, counts, ended);
            return new Goal(share, counts.parks(), counts.completed(), counts.inAcceptance(), counts.planned(),
                    counts.notStarted(), judgement.required(), judgement.likely(), judgement.possible(),
                    judgement.outlook(), ForecastRule.explain(levelName, share, counts, judgement));
        }
    }
}
