package cn.gov.shandong.circular.reporting.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.shandong.circular.reporting.forecast.ForecastRule.Counts;
import cn.gov.shandong.circular.reporting.forecast.ForecastRule.Outlook;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ForecastRuleTest {

    private static final BigDecimal HALF = new BigDecimal("0.50");
    private static final BigDecimal ALL = new BigDecimal("1.00");

    @Test
    void eightyOneProvincialParksAtHalfNeedFortyOne() {
        assertThat(ForecastRule.required(HALF, 81)).isEqualTo(41);
        assertThat(ForecastRule.required(ALL, 25)).isEqualTo(25);
        assertThat(ForecastRule.required(HALF, 0)).isZero();
    }

    @Test
    void theOutlookIsTheFirstStepThatReachesTheGoal() {
        // 81 provincial parks, 41 required.
        assertThat(ForecastRule.judge(HALF, new Counts(81, 41, 0, 0), false).outlook()).isEqualTo(Outlook.MET);
        assertThat(ForecastRule.judge(HALF, new Counts(81, 30, 11, 0), false).outlook()).isEqualTo(Outlook.ON_TRACK);
        assertThat(ForecastRule.judge(HALF, new Counts(81, 30, 10, 1), false).outlook()).isEqualTo(Outlook.AT_RISK);
        assertThat(ForecastRule.judge(HALF, new Counts(81, 30, 10, 0), false).outlook()).isEqualTo(Outlook.OFF_TRACK);
        ForecastRule.Judgement judgement = ForecastRule.judge(HALF, new Counts(81, 30, 7, 6), false);
        assertThat(judgement.required()).isEqualTo(41);
        assertThat(judgement.likely()).isEqualTo(37);
        assertThat(judgement.possible()).isEqualTo(43);
    }

    @Test
    void onceTheProgrammeHasEndedOnlyWhatIsCompletedCounts() {
        assertThat(ForecastRule.judge(HALF, new Counts(81, 41, 0, 0), true).outlook()).isEqualTo(Outlook.MET);
        assertThat(ForecastRule.judge(HALF, new Counts(81, 40, 30, 10), true).outlook()).isEqualTo(Outlook.MISSED);
    }

    @Test
    void theExplanationGivesTheNumbersBehindTheOutlook() {
        Counts counts = new Counts(81, 30, 7, 6);
        assertThat(ForecastRule.explain("省级", HALF, counts, ForecastRule.judge(HALF, counts, false)))
                .isEqualTo("省级园区81个，目标比例50%，需完成41个；已完成30个；正在验收7个，合计37个，尚差4个；"
                        + "另有6个实施方案已批复但未申请验收，须全部按期通过验收方能实现目标，存在风险。");
        Counts national = new Counts(25, 25, 0, 0);
        assertThat(ForecastRule.explain("国家级", ALL, national, ForecastRule.judge(ALL, national, false)))
                .isEqualTo("国家级园区25个，目标比例100%，需完成25个；已完成25个，目标已实现。");
        Counts late = new Counts(10, 2, 1, 1);
        assertThat(ForecastRule.explain("省级", HALF, late, ForecastRule.judge(HALF, late, false)))
                .isEqualTo("省级园区10个，目标比例50%，需完成5个；已完成2个；正在验收1个、实施方案已批复1个，全部完成也只有4个，"
                        + "尚差1个，须推动6个尚未编制实施方案的园区中的部分园区加快推进。");
        assertThat(ForecastRule.explain("省级", HALF, late, ForecastRule.judge(HALF, late, true)))
                .isEqualTo("省级园区10个，目标比例50%，需完成5个；已完成2个，推进方案已到期，目标未实现（差3个）。");
    }

    @Test
    void countsThatDoNotFitTheirParksAreRefused() {
        assertThatThrownBy(() -> new Counts(3, 2, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Counts(3, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Counts(10, 2, 1, 1).notStarted()).isEqualTo(6);
    }
}
