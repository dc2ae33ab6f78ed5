package cn.gov.shandong.circular.plans.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a supervision visit and of an action's resolution (not a @QuarkusTest): refusals name their field path. */
class SupervisionRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2019-06-10");

    private static SupervisionRequests.Visit visit(String visitedOn, List<SupervisionRequests.Action> actions) {
        return new SupervisionRequests.Visit(visitedOn, List.of(" 张明 ", "李华"), "中水回用工程主体管网已完工。",
                List.of("固体废物综合利用台账不完整。"), actions);
    }

    private static List<String> refusedFields(SupervisionRequests.Visit visit) {
        return SupervisionRules.visit(visit, TODAY).refusals().stream().map(SupervisionRules.Violation::field).toList();
    }

    @Test
    void aVisitOfTodayWithActionsDueLaterOrAlreadyPastIsAcceptedWithItsTextsStripped() {
        SupervisionRules.Checked<SupervisionRules.Visit> checked = SupervisionRules.visit(visit("2019-05-16", List.of(
                new SupervisionRequests.Action("完善固体废物台账", "2019-08-31"),
                // Recorded late: a deadline already past is accepted (the action shows as overdue).
                new SupervisionRequests.Action("报送赶工计划", "2019-06-01"),
                new SupervisionRequests.Action("当日整改", "2019-05-16"))), TODAY);
        assertThat(checked.refusals()).isEmpty();
        assertThat(checked.value().visitedOn()).isEqualTo(LocalDate.parse("2019-05-16"));
        assertThat(checked.value().inspectors()).containsExactly("张明", "李华");
        assertThat(checked.value().actions()).extracting(SupervisionRules.Action::deadline).containsExactly(
                LocalDate.parse("2019-08-31"), LocalDate.parse("2019-06-01"), LocalDate.parse("2019-05-16"));
        assertThat(SupervisionRules.visit(visit("2019-06-10", null), TODAY).ok()).isTrue();
    }

    @Test
    void aVisitInTheFutureOrADeadlineBeforeTheVisitIsRefusedAtItsFieldPath() {
        assertThat(refusedFields(visit("2019-06-11", List.of()))).containsExactly("visitedOn");
        assertThat(refusedFields(visit("2019-05-16", List.of(
                new SupervisionRequests.Action("完善固体废物台账", "2019-08-31"),
                new SupervisionRequests.Action("报送赶工计划", "2019-05-15")))))
                .containsExactly("actions[1].deadline");
        assertThat(refusedFields(visit("2019-02-30", List.of()))).containsExactly("visitedOn");
        assertThat(refusedFields(visit(null, java.util.Arrays.asList(new SupervisionRequests.Action(" ", "31/08/2019"), null))))
                .containsExactly("visitedOn", "actions[0].description", "actions[0].deadline", "actions[1]");
    }

    @Test
    void textsAreRequiredWhereTheyMatterAndEveryStringAndListIsBounded() {
        String long1001 = "问".repeat(1001);
        SupervisionRequests.Visit visit = new SupervisionRequests.Visit("2019-05-16", List.of("张".repeat(101), ""),
                "  ", List.of("固废台账", long1001),
                List.of(new SupervisionRequests.Action(long1001, "2019-08-31")));
        assertThat(refusedFields(visit)).containsExactly("inspectors[0]", "inspectors[1]", "findings", "problems[1]",
                "actions[0].description");
        assertThat(refusedFields(new SupervisionRequests.Visit("2019-05-16", Collections.nCopies(21, "张明"),
                "查看了现场", Collections.nCopies(51, "问题"),
                Collections.nCopies(51, new SupervisionRequests.Action("整改", "2019-08-31")))))
                .containsExactly("inspectors", "problems", "actions");
        List<String> fifty = new ArrayList<>(Collections.nCopies(50, "问题"));
        assertThat(refusedFields(new SupervisionRequests.Visit("2019-05-16", null, "查看了现场", fifty,
                Collections.nCopies(50, new SupervisionRequests.Action("整改", "2019-08-31"))))).isEmpty();
        // Lengths count characters (code points), as JSON Schema's maxLength does: 4000 emoji fit.
        assertThat(refusedFields(new SupervisionRequests.Visit("2019-05-16", null, "😀".repeat(4000), null, null)))
                .isEmpty();
    }

    @Test
    void aResolutionIsDatedBetweenTheVisitAndTodayAndSaysHow() {
        LocalDate visited = LocalDate.parse("2019-05-16");
        SupervisionRules.Checked<SupervisionRules.Resolution> ok = SupervisionRules.resolution(
                new SupervisionRequests.Resolution("2019-05-16", " 台账已建立 "), visited, TODAY);
        assertThat(ok.value()).isEqualTo(new SupervisionRules.Resolution(visited, "台账已建立"));
        assertThat(SupervisionRules.resolution(new SupervisionRequests.Resolution("2019-06-10", "已完成"), visited, TODAY)
                .ok()).isTrue();
        assertThat(SupervisionRules.resolution(new SupervisionRequests.Resolution("2019-05-15", "已完成"), visited, TODAY)
                .refusals()).extracting(SupervisionRules.Violation::field).containsExactly("resolvedOn");
        assertThat(SupervisionRules.resolution(new SupervisionRequests.Resolution("2019-06-11", " "), visited, TODAY)
                .refusals()).extracting(SupervisionRules.Violation::message).containsExactly(
                "resolvedOn 2019-06-11 is in the future (today is 2019-06-10)", "a text is required, not blank");
    }

    @Test
    void anActionMovesFromOpenToResolvedOnlyOnce() {
        assertThat(ActionStatus.OPEN.canMoveTo(ActionStatus.RESOLVED)).isTrue();
        assertThat(ActionStatus.RESOLVED.canMoveTo(ActionStatus.RESOLVED)).isFalse();
        assertThat(ActionStatus.RESOLVED.canMoveTo(ActionStatus.OPEN)).isFalse();
        assertThat(ActionStatus.OPEN.canMoveTo(ActionStatus.OPEN)).isFalse();
    }
}
