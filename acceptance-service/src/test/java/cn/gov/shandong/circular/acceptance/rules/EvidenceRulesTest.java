package cn.gov.shandong.circular.acceptance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.acceptance.application.EvidenceRules;
import cn.gov.shandong.circular.acceptance.application.EvidenceRules.Achieved;
import cn.gov.shandong.circular.events.Indicator;
import cn.gov.shandong.circular.events.PlanProjectEntry;
import cn.gov.shandong.circular.events.PlanTarget;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an application must report against its approved plan, and when an indicator counts as met. */
class EvidenceRulesTest {

    private static final UUID PIPES = UUID.fromString("3c5e7a9b-2d4f-4a6c-8e0a-4c6e8a0c2e42");
    private static final Map<Indicator, PlanTarget> TARGETS = Map.of(
            Indicator.WATER_REUSE, new PlanTarget(Indicator.WATER_REUSE, "%", 2017, 88.0, 2020, 92.0),
            Indicator.COD_EMISSIONS, new PlanTarget(Indicator.COD_EMISSIONS, "吨/年", 2017, 1250.0, 2020, 980.0));
    private static final List<PlanProjectEntry> PROJECTS = List.of(new PlanProjectEntry(PIPES, "园区中水回用工程"));

    @Test
    void everyTargetedIndicatorAndEveryProjectOnceIsComplete() {
        assertThat(EvidenceRules.check(TARGETS, List.of(
                new Achieved(Indicator.WATER_REUSE, "%", new BigDecimal("91.5")),
                new Achieved(Indicator.COD_EMISSIONS, "吨/年", new BigDecimal("960"))), PROJECTS, List.of(PIPES))).isEmpty();
    }

    @Test
    void missingExtraDoubledWrongUnitsAndRangesAreNamedByField() {
        UUID stranger = UUID.fromString("00000000-0000-4000-8000-000000000001");
        List<EvidenceRules.Violation> violations = EvidenceRules.check(TARGETS, List.of(
                new Achieved(Indicator.WATER_REUSE, "吨/年", new BigDecimal("101")),
                new Achieved(Indicator.WATER_REUSE, "%", new BigDecimal("90")),
                new Achieved(Indicator.LAND_PRODUCTIVITY, "亿元/平方公里", new BigDecimal("-1"))),
                PROJECTS, List.of(stranger));
        assertThat(violations).extracting(EvidenceRules.Violation::field).containsExactly(
                "achievements[0].unit", "achievements[0].value", "achievements[1].indicator",
                "achievements[2].indicator", "achievements[2].value", "achievements", "projects[0].projectId", "projects");
        assertThat(violations.get(0).message()).isEqualTo("the unit of WATER_REUSE is %, not 吨/年");
        assertThat(violations.get(1).message()).isEqualTo("a percentage lies in 0-100, not 101");
        assertThat(violations.get(5).message()).contains("COD_EMISSIONS");
        assertThat(violations.get(7).message()).contains("园区中水回用工程");
    }

    @Test
    void metMeansReachingTheTargetTheWayTheIndicatorImproves() {
        // Higher is better: the target or more.
        assertThat(EvidenceRules.met(Indicator.WATER_REUSE, new BigDecimal("92"), new BigDecimal("92.0000"))).isTrue();
        assertThat(EvidenceRules.met(Indicator.WATER_REUSE, new BigDecimal("91.9999"), new BigDecimal("92"))).isFalse();
        // Emissions: the target or less.
        assertThat(EvidenceRules.met(Indicator.COD_EMISSIONS, new BigDecimal("980"), new BigDecimal("980"))).isTrue();
        assertThat(EvidenceRules.met(Indicator.COD_EMISSIONS, new BigDecimal("981"), new BigDecimal("980"))).isFalse();
    }
}
