package cn.gov.shandong.circular.acceptance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.acceptance.review.PanelScoring;
import cn.gov.shandong.circular.acceptance.review.PanelScoring.Points;
import cn.gov.shandong.circular.events.ScoreSheetPublished;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The score arithmetic, bands and pass line of a panel review, on the default sheet of V4. */
class PanelScoringTest {

    private static final ScoreSheetPublished SHEET = new ScoreSheetPublished(1, "园区循环化改造验收评分表（2018版）", 100, 60.0,
            List.of(new ScoreSheetPublished.Criterion("PLAN_TASKS", "实施方案目标任务完成情况", 25),
                    new ScoreSheetPublished.Criterion("INDICATORS", "循环化改造指标完成情况", 30),
                    new ScoreSheetPublished.Criterion("PROJECTS", "重点项目建设情况", 25),
                    new ScoreSheetPublished.Criterion("MANAGEMENT", "管理机制和保障措施", 10),
                    new ScoreSheetPublished.Criterion("DOCUMENTATION", "验收材料完整性和规范性", 10)),
            List.of(new ScoreSheetPublished.Band("优秀", 90.0), new ScoreSheetPublished.Band("良好", 80.0),
                    new ScoreSheetPublished.Band("中等", 70.0), new ScoreSheetPublished.Band("合格", 60.0),
                    new ScoreSheetPublished.Band("不合格", 0.0)));

    @Test
    void aCompleteScoringWithinTheMaximaHasNoProblemsAndAddsUp() {
        List<Points> points = List.of(new Points("PLAN_TASKS", 22), new Points("INDICATORS", 26),
                new Points("PROJECTS", 22), new Points("MANAGEMENT", 9), new Points("DOCUMENTATION", 7));
        assertThat(PanelScoring.problems(SHEET.criteria(), points)).isEmpty();
        assertThat(PanelScoring.total(points)).isEqualTo(86);
    }

    @Test
    void everyCriterionOnceWithinItsMaximumAndNothingElse() {
        List<Points> points = List.of(new Points("PLAN_TASKS", 26), new Points("INDICATORS", -1),
                new Points("PROJECTS", 20), new Points("PROJECTS", 20), new Points("BONUS", 5));
        assertThat(PanelScoring.problems(SHEET.criteria(), points)).containsExactly(
                "criterion PROJECTS is scored twice",
                "criterion PLAN_TASKS takes 0 to 25 points, not 26",
                "criterion INDICATORS takes 0 to 30 points, not -1",
                "criterion MANAGEMENT (管理机制和保障措施) is not scored",
                "criterion DOCUMENTATION (验收材料完整性和规范性) is not scored",
                "criterion BONUS is not on the score sheet");
        // The edges are allowed: 0 and the maximum.
        assertThat(PanelScoring.problems(SHEET.criteria(), List.of(new Points("PLAN_TASKS", 0),
                new Points("INDICATORS", 30), new Points("PROJECTS", 25), new Points("MANAGEMENT", 10),
                new Points("DOCUMENTATION", 0)))).isEmpty();
    }

    @Test
    void thePanelScoreIsTheMeanHalfUpToOneDecimal() {
        assertThat(PanelScoring.panelScore(List.of(86, 88, 85))).contains(new BigDecimal("86.3"));   // 86.333…
        assertThat(PanelScoring.panelScore(List.of(86, 87))).contains(new BigDecimal("86.5"));       // exact
        assertThat(PanelScoring.panelScore(List.of(59, 60, 60, 60))).contains(new BigDecimal("59.8")); // 59.75 up
        assertThat(PanelScoring.panelScore(List.of(89, 90, 90))).contains(new BigDecimal("89.7"));   // 89.666… up
        assertThat(PanelScoring.panelScore(List.of(70, 70, 71))).contains(new BigDecimal("70.3"));   // 70.333… down
        assertThat(PanelScoring.panelScore(List.of())).isEmpty();
    }

    @Test
    void theGradeIsTheHighestBandTheScoreReaches() {
        assertThat(PanelScoring.grade(SHEET.bands(), new BigDecimal("100"))).isEqualTo("优秀");
        assertThat(PanelScoring.grade(SHEET.bands(), new BigDecimal("90.0"))).isEqualTo("优秀");
        assertThat(PanelScoring.grade(SHEET.bands(), new BigDecimal("89.9"))).isEqualTo("良好");
        assertThat(PanelScoring.grade(SHEET.bands(), new BigDecimal("80"))).isEqualTo("良好");
        assertThat(PanelScoring.grade(SHEET.bands(), new BigDecimal("79.9"))).isEqualTo("中等");
        assertThat(PanelScoring.grade(SHEET.bands(), new BigDecimal("60"))).isEqualTo("合格");
        assertThat(PanelScoring.grade(SHEET.bands(), new BigDecimal("59.9"))).isEqualTo("不合格");
        assertThat(PanelScoring.grade(SHEET.bands(), BigDecimal.ZERO)).isEqualTo("不合格");
    }

    @Test
    void passingNeedsThePanelScoreAtOrAboveThePassLine() {
        BigDecimal passLine = BigDecimal.valueOf(SHEET.passLine());
        assertThat(PanelScoring.reachesPassLine(new BigDecimal("60.0"), passLine)).isTrue();
        assertThat(PanelScoring.reachesPassLine(new BigDecimal("59.9"), passLine)).isFalse();
        // 59.75 is rounded to 59.8 before it is compared: the rounding cannot lift a score over the line.
        assertThat(PanelScoring.reachesPassLine(PanelScoring.panelScore(List.of(59, 60, 60, 60)).orElseThrow(), passLine))
                .isFalse();
    }
}
