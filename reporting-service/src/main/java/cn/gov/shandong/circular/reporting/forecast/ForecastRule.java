package cn.gov.shandong.circular.reporting.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Whether a programme's goal for one level will be met by the programme's end (issue 9, item 8; docs/decisions.md
 * 49). Pure: the caller counts the parks, this class says what the counts mean.
 *
 * <p>The rule, in the order a civil servant would reason: the goal needs {@code required} parks (parks × share,
 * rounded up, as {@code GoalCoverage} has it). Parks with a filing that stands are <b>completed</b>. Parks whose
 * acceptance is with the city or passed and awaiting the province's filing are <b>in acceptance</b>: the review
 * has begun and the last step is a filing. Parks with an approved implementation plan (实施方案) that have not
 * applied yet are <b>planned</b>: they have a path, but their projects and their review are still ahead. The rest
 * have not started. The outlook:
 * <ul>
 *   <li>{@code MET}: completed reaches required (it stays met: a revocation would show in completed);</li>
 *   <li>{@code ON_TRACK}: completed + in acceptance reaches it: met if the pending acceptances pass;</li>
 *   <li>{@code AT_RISK}: only with the planned parks too: every park with an approved plan must still apply and pass
 *       before the end;</li>
 *   <li>{@code OFF_TRACK}: even all of those would not reach it: parks without a plan must be brought in;</li>
 *   <li>{@code MISSED}: the programme has ended (after 31 December of its last year, Asia/Shanghai) short of it.</li>
 * </ul>
 */
public final class ForecastRule {

    private ForecastRule() {
    }

    /** The outlook of one goal. */
    public enum Outlook { MET, ON_TRACK, AT_RISK, OFF_TRACK, MISSED }

    /**
     * The parks of one level, by how far they are.
     *
     * @param parks         the programme's parks of the level (in the caller's scope)
     * @param completed     with a filing that stands
     * @param inAcceptance  not completed, their latest application under review or passed
     * @param planned       neither, with an approved implementation plan
     */
    public record Counts(long parks, long completed, long inAcceptance, long planned) {

        public Counts {
            if (completed < 0 || inAcceptance < 0 || planned < 0 || completed + inAcceptance + planned > parks) {
                throw new IllegalArgumentException("counts do not fit " + parks + " parks: " + completed + ", "
                        + inAcceptance + ", " + planned);
            }
        }

        /** Neither completed, in acceptance nor planned. */
        public long notStarted() {
            return parks - completed - inAcceptance - planned;
        }
    }

    /**
     * @param required how many parks the goal needs
     * @param likely   completed + in acceptance
     * @param possible likely + planned
     */
    public record Judgement(long required, long likely, long possible, Outlook outlook) {
    }

    /** Parks × share, rounded up to a whole park ("50%以上": 81 provincial parks at 0.50 need 41). */
    public static long required(BigDecimal share, long parks) {
        return share.multiply(BigDecimal.valueOf(parks)).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /**
     * @param ended the programme's end (the end of 31 December of its last year) has passed
     */
    public static Judgement judge(BigDecimal share, Counts counts, boolean ended) {
        long required = required(share, counts.parks());
        long likely = counts.completed() + counts.inAcceptance();
        long possible = likely + counts.planned();
        Outlook outlook;
        if (counts.completed() >= required) {
            outlook = Outlook.MET;
        } else if (ended) {
            outlook = Outlook.MISSED;
        } else if (likely >= required) {
            outlook = Outlook.ON_TRACK;
        } else if (possible >= required) {
            outlook = Outlook.AT_RISK;
        } else {
            outlook = Outlook.OFF_TRACK;
        }
        return new Judgement(required, likely, possible, outlook);
    }

    /** One sentence, in the officers' language, with the numbers that led to the outlook. */
    public static String explain(String levelName, BigDecimal share, Counts counts, Judgement judgement) {
        String goal = "%s园区%d个，目标比例%s，需完成%d个；已完成%d个".formatted(levelName, counts.parks(),
                share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%", judgement.required(),
                counts.completed());
        return goal + switch (judgement.outlook()) {
            case MET -> "，目标已实现。";
            case MISSED -> "，推进方案已到期，目标未实现（差%d个）。".formatted(judgement.required() - counts.completed());
            case ON_TRACK -> "；另有%d个正在验收，验收通过即可实现目标。".formatted(counts.inAcceptance());
            case AT_RISK -> "；正在验收%d个，合计%d个，尚差%d个；另有%d个实施方案已批复但未申请验收，须全部按期通过验收方能实现目标，存在风险。"
                    .formatted(counts.inAcceptance(), judgement.likely(), judgement.required() - judgement.likely(),
                            counts.planned());
            case OFF_TRACK -> "；正在验收%d个、实施方案已批复%d个，全部完成也只有%d个，尚差%d个，须推动%d个尚未编制实施方案的园区中的部分园区加快推进。"
                    .formatted(counts.inAcceptance(), counts.planned(), judgement.possible(),
                            judgement.required() - judgement.possible(), counts.notStarted());
        };
    }
}
