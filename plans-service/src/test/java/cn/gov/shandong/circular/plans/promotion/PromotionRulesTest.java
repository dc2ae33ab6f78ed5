package cn.gov.shandong.circular.plans.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.plans.implementation.PlanRules.Checked;
import cn.gov.shandong.circular.plans.implementation.PlanRules.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The promotion plan's rules as plain code: refusals with their field paths, the milestone clock, comparison. */
class PromotionRulesTest {

    private static final UUID REVISED = UUID.fromString("8d0f2b4d-6f8a-4c0e-9b2d-4f6a8c0e2b64");
    private static final UUID PIPES = UUID.fromString("9e1a3c5e-7b9d-4f1a-8c3e-5a7c9e1b3d61");

    private static PromotionRequests.Milestone milestone(String date, String description) {
        return new PromotionRequests.Milestone(null, date, description);
    }

    private static PromotionRequests.Park park(String code, PromotionRequests.Milestone... milestones) {
        return new PromotionRequests.Park(code, "建设园区中水回用管网。", List.of(milestones));
    }

    @Test
    void aWellFormedPlanIsAcceptedAsGiven() {
        Checked<PromotionRules.Content> checked = PromotionRules.content(List.of(
                park("SDP002", milestone("2020-03-31", "完成实施方案修编"), milestone("2020-09-30", "管网主体完工")),
                park("SDP004", milestone("2020-11-30", "投入试运行"))), 2020);
        assertThat(checked.refusals()).isEmpty();
        assertThat(checked.value().parks()).extracting(PromotionRules.ParkEntry::parkCode).containsExactly("SDP002", "SDP004");
        assertThat(checked.value().parks().get(0).milestones()).extracting(PromotionRules.Milestone::date)
                .containsExactly(LocalDate.parse("2020-03-31"), LocalDate.parse("2020-09-30"));
    }

    @Test
    void eachRefusalNamesItsFieldPath() {
        Checked<PromotionRules.Content> checked = PromotionRules.content(List.of(
                park("SDP002", milestone("2020-03-31", "方案修编")),
                park("SDP003", milestone("2020-06-30", "一")),
                park("SDP004", milestone("2020-02-30", "不存在的日子"), milestone("2021-01-15", "次年"),
                        milestone("2020-05-01", " ")),
                new PromotionRequests.Park("SDP002", " ", List.of())), 2020);
        assertThat(checked.ok()).isFalse();
        assertThat(checked.refusals()).extracting(Violation::field).containsExactly(
                "parks[2].milestones[0].date", "parks[2].milestones[1].date", "parks[2].milestones[2].description",
                "parks[3].parkCode", "parks[3].contents");
        assertThat(checked.refusals().get(1).message()).contains("not in the plan's year 2020");
        assertThat(checked.refusals().get(3).message()).contains("SDP002 is given twice");
    }

    @Test
    void tooManyParksOrMilestonesAndTooLongTextsAreRefused() {
        List<PromotionRequests.Park> parks = new ArrayList<>();
        for (int i = 0; i < PromotionRequests.PARKS_MAX + 1; i++) {
            parks.add(park("SDP" + (100 + i)));
        }
        assertThat(PromotionRules.content(parks, 2020).refusals()).extracting(Violation::field).containsExactly("parks");
        List<PromotionRequests.Milestone> many = Collections.nCopies(PromotionRequests.MILESTONES_MAX + 1,
                milestone("2020-05-01", "节点"));
        String long2001 = "改".repeat(PromotionRequests.CONTENTS_MAX + 1);
        assertThat(PromotionRules.content(List.of(new PromotionRequests.Park("SDP002", long2001, many)), 2020).refusals())
                .extracting(Violation::field).containsExactly("parks[0].contents", "parks[0].milestones");
        UUID same = UUID.randomUUID();
        assertThat(PromotionRules.content(List.of(park("SDP002", new PromotionRequests.Milestone(same, "2020-05-01", "a"),
                new PromotionRequests.Milestone(same, "2020-06-01", "b"))), 2020).refusals())
                .extracting(Violation::field).containsExactly("parks[0].milestones[1].id");
    }

    @Test
    void theCityAndYearOfACreateAreChecked() {
        assertThat(PromotionRules.cityAndYear("370100", 2020)).isEmpty();
        assertThat(PromotionRules.cityAndYear("3701", 1999)).extracting(Violation::field).containsExactly("cityCode", "year");
        assertThat(PromotionRules.cityAndYear(null, null)).extracting(Violation::message)
                .containsExactly("cityCode is required", "year is required");
    }

    @Test
    void onlyTheParksOnTheYearsListMayBeInThePlan() {
        PromotionRules.Content content = PromotionRules.content(List.of(park("SDP002", milestone("2020-03-31", "a")),
                park("SDP006", milestone("2020-03-31", "b"))), 2020).value();
        assertThat(PromotionRules.notOnTheYearsList(content, Set.of("SDP002", "SDP003"), "370100", 2020))
                .extracting(Violation::field).containsExactly("parks[1].parkCode");
    }

    @Test
    void submittingNeedsAParkAndAMilestonePerPark() {
        assertThat(PromotionRules.missingForSubmission(new PromotionRules.Content(List.of())))
                .extracting(Violation::field).containsExactly("parks");
        PromotionRules.Content content = PromotionRules.content(List.of(park("SDP002", milestone("2020-03-31", "a")),
                park("SDP003")), 2020).value();
        assertThat(PromotionRules.missingForSubmission(content)).extracting(Violation::field)
                .containsExactly("parks[1].milestones");
    }

    @Test
    void aReturnNeedsCommentsAndTheOutcomeIsOneOfTwo() {
        assertThat(PromotionRules.decision(new PromotionRequests.Decision("ACKNOWLEDGED", null)).value())
                .isEqualTo(PromotionPlanStatus.ACKNOWLEDGED);
        assertThat(PromotionRules.decision(new PromotionRequests.Decision("RETURNED", "  ")).refusals())
                .extracting(Violation::field).containsExactly("comments");
        assertThat(PromotionRules.decision(new PromotionRequests.Decision("APPROVED", null)).refusals())
                .extracting(Violation::field).containsExactly("outcome");
    }

    @Test
    void aMilestoneIsLateWhenItsDateHasPassedAndItIsNotDone() {
        LocalDate today = LocalDate.parse("2020-04-01");
        PromotionRules.Milestone due = new PromotionRules.Milestone(REVISED, LocalDate.parse("2020-03-31"), "修编", null);
        PromotionRules.Milestone dueToday = new PromotionRules.Milestone(PIPES, today, "今天到期", null);
        assertThat(PromotionRules.late(due, today)).isTrue();
        assertThat(PromotionRules.late(dueToday, today)).as("due today is not late yet").isFalse();
        assertThat(PromotionRules.late(due, LocalDate.parse("2020-03-31"))).isFalse();
        PromotionRules.Milestone doneLate = new PromotionRules.Milestone(REVISED, LocalDate.parse("2020-03-31"), "修编",
                LocalDate.parse("2020-04-08"));
        assertThat(PromotionRules.late(doneLate, LocalDate.parse("2020-05-01"))).as("done is never late").isFalse();
        PromotionRules.Content content = new PromotionRules.Content(List.of(
                new PromotionRules.ParkEntry("SDP002", "改造", List.of(due, dueToday))));
        assertThat(PromotionRules.lateCount(content, today)).isEqualTo(1);
        assertThat(PromotionRules.lateCount(content, today.plusDays(1))).isEqualTo(2);
    }

    @Test
    void aMilestoneIsDoneOnADayNotInTheFuture() {
        LocalDate today = LocalDate.parse("2020-04-08");
        assertThat(PromotionRules.doneOn(new PromotionRequests.Completion("2020-04-08"), today).value()).isEqualTo(today);
        assertThat(PromotionRules.doneOn(new PromotionRequests.Completion("2020-04-09"), today).refusals())
                .extracting(Violation::message).containsExactly("doneOn 2020-04-09 is in the future");
        assertThat(PromotionRules.doneOn(new PromotionRequests.Completion("8 April"), today).refusals())
                .extracting(Violation::field).containsExactly("doneOn");
    }

    @Test
    void aComparisonListsParksAddedAndRemovedAndPerParkTheContentsAndMilestonesThatChanged() {
        UUID opening = UUID.randomUUID();
        UUID audit = UUID.randomUUID();
        PromotionRules.Content from = new PromotionRules.Content(List.of(
                new PromotionRules.ParkEntry("SDP002", "建设中水回用管网。", List.of(
                        new PromotionRules.Milestone(REVISED, LocalDate.parse("2020-03-31"), "方案修编", null),
                        new PromotionRules.Milestone(PIPES, LocalDate.parse("2020-09-30"), "管网完工", null),
                        new PromotionRules.Milestone(opening, LocalDate.parse("2020-10-30"), "开工仪式", null))),
                new PromotionRules.ParkEntry("SDP003", "不变。", List.of(
                        new PromotionRules.Milestone(audit, LocalDate.parse("2020-06-30"), "审核", null))),
                new PromotionRules.ParkEntry("SDP004", "固废中心。", List.of())));
        UUID fresh = UUID.randomUUID();
        PromotionRules.Content to = new PromotionRules.Content(List.of(
                new PromotionRules.ParkEntry("SDP002", "建设中水回用管网，推进蒸汽梯级利用。", List.of(
                        new PromotionRules.Milestone(REVISED, LocalDate.parse("2020-04-30"), "方案修编", null),
                        new PromotionRules.Milestone(PIPES, LocalDate.parse("2020-09-30"), "管网完工", null),
                        new PromotionRules.Milestone(fresh, LocalDate.parse("2020-12-01"), "蒸汽管道投运", null))),
                // Done since: not a change of the plan.
                new PromotionRules.ParkEntry("SDP003", "不变。", List.of(
                        new PromotionRules.Milestone(audit, LocalDate.parse("2020-06-30"), "审核",
                                LocalDate.parse("2020-06-20")))),
                new PromotionRules.ParkEntry("SDP005", "清洁生产。", List.of())));
        PromotionRules.Changes changes = PromotionRules.compare(from, to);
        assertThat(changes.parksAdded()).containsExactly("SDP005");
        assertThat(changes.parksRemoved()).containsExactly("SDP004");
        assertThat(changes.parksChanged()).hasSize(1);
        PromotionRules.ParkChanges sdp002 = changes.parksChanged().get(0);
        assertThat(sdp002.parkCode()).isEqualTo("SDP002");
        assertThat(sdp002.contentsChanged()).isTrue();
        assertThat(sdp002.milestonesAdded()).extracting(PromotionRules.Milestone::id).containsExactly(fresh);
        assertThat(sdp002.milestonesRemoved()).extracting(PromotionRules.Milestone::id).containsExactly(opening);
        assertThat(sdp002.milestonesChanged()).hasSize(1);
        assertThat(sdp002.milestonesChanged().get(0)[0].date()).isEqualTo(LocalDate.parse("2020-03-31"));
        assertThat(sdp002.milestonesChanged().get(0)[1].date()).isEqualTo(LocalDate.parse("2020-04-30"));
        assertThat(PromotionRules.compare(to, to).parksChanged()).isEmpty();
    }
}
