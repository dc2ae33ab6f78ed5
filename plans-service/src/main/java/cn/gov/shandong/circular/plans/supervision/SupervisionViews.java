package cn.gov.shandong.circular.plans.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Supervision records as the API shows them; {@code overdue} is judged on the province's today. */
public final class SupervisionViews {

    private SupervisionViews() {
    }

    /** One visit with its problems and actions. */
    @Schema(name = "SupervisionRecord")
    public record Record(@Schema(examples = "9b1d3f5a-7c9e-4b1d-8f3a-5c7e9b1d3f61") UUID id,
                         @Schema(maxLength = 20, examples = "SDP001") String parkCode,
                         @Schema(nullable = true, maxLength = 100, examples = "明水经济技术开发区") String parkName,
                         @Schema(maxLength = 6, pattern = "^[0-9]{6}$", examples = "370100",
                                 description = "The park's city at the visit: the city that supervises it")
                         String cityCode,
                         @Schema(examples = "2019-05-16") LocalDate visitedOn,
                         @Schema(maxItems = SupervisionRequests.INSPECTORS_MAX, examples = "[\"张明\", \"李华\"]")
            List<@Size(max = SupervisionRequests.INSPECTOR_MAX) String> inspectors,
                         @Schema(maxLength = SupervisionRequests.FINDINGS_MAX,
                                 examples = "园区循环化改造重点项目总体按计划推进，中水回用工程主体管网已完工。") String findings,
                         @Schema(maxItems = SupervisionRequests.PROBLEMS_MAX, examples = "[\"固体废物综合利用台账不完整。\"]")
            List<@Size(max = SupervisionRequests.PROBLEM_MAX) String> problems,
                         @Schema(maxItems = SupervisionRequests.ACTIONS_MAX) List<Action> actions,
                         @Schema(description = "Actions not yet resolved", examples = "1") int openActions,
                         @Schema(description = "Open actions whose deadline has passed", examples = "0") int overdueActions,
                         @Schema(maxLength = 200, examples = "officer.370100") String recordedBy,
                         OffsetDateTime recordedAt,
                         @Schema(description = "Also the ETag; moves when an action is resolved", examples = "1")
                         long version) {

        static Record of(SupervisionRecord record, String parkName, List<SupervisionAction> actions, LocalDate today) {
            List<Action> views = actions.stream().map(a -> Action.of(a, today)).toList();
            return new Record(record.id, record.parkCode, parkName, record.cityCode, record.visitedOn,
                    Arrays.asList(record.inspectors), record.findings, Arrays.asList(record.problems), views,
                    (int) views.stream().filter(a -> a.status() == ActionStatus.OPEN).count(),
                    (int) views.stream().filter(Action::overdue).count(), record.recordedBy, record.recordedAt,
                    record.version);
        }
    }

    /** An action the visit required, with its resolution once there is one. */
    @Schema(name = "SupervisionAction")
    public record Action(@Schema(examples = "2e4a6c8e-0b2d-4e4a-9c8e-0b2d4f6a8c72") UUID id,
                         @Schema(maxLength = SupervisionRequests.ACTION_MAX,
                                 examples = "完善园区固体废物台账，按月报送综合利用数据。") String description,
                         @Schema(examples = "2019-08-31") LocalDate deadline,
                         ActionStatus status,
                         @Schema(description = "Open and its deadline has passed (China Standard Time)", examples = "false")
                         boolean overdue,
                         @Schema(nullable = true) Resolved resolution) {

        static Action of(SupervisionAction action, LocalDate today) {
            return new Action(action.id, action.description, action.deadline, action.status,
                    action.overdueOn(today), action.status == ActionStatus.RESOLVED
                            ? new Resolved(action.resolvedOn, action.resolution, action.resolvedBy, action.resolvedAt)
                            : null);
        }
    }

    /** How and when the city found an action done. */
    @Schema(name = "SupervisionResolution")
    public record Resolved(@Schema(examples = "2019-08-20") LocalDate resolvedOn,
                           @Schema(maxLength = SupervisionRequests.RESOLUTION_MAX,
                                   examples = "固体废物台账已建立，6-7月数据已报送。") String resolution,
                           @Schema(maxLength = 200, examples = "officer.370100") String resolvedBy,
                           OffsetDateTime resolvedAt) {
    }

    /** A visit in a list: its counts and the next open deadline, without the texts. */
    @Schema(name = "SupervisionRecordSummary")
    public record Summary(@Schema(examples = "9b1d3f5a-7c9e-4b1d-8f3a-5c7e9b1d3f61") UUID id,
                          @Schema(maxLength = 20, examples = "SDP001") String parkCode,
                          @Schema(nullable = true, maxLength = 100, examples = "明水经济技术开发区") String parkName,
                          @Schema(maxLength = 6, pattern = "^[0-9]{6}$", examples = "370100") String cityCode,
                          @Schema(examples = "2019-05-16") LocalDate visitedOn,
                          @Schema(examples = "2") int problems,
                          @Schema(examples = "2") int actions,
                          @Schema(examples = "1") int openActions,
                          @Schema(examples = "0") int overdueActions,
                          @Schema(nullable = true, description = "The earliest deadline of the open actions", maxLength = 10,
                                  examples = "2019-08-31") LocalDate nextDeadline,
                          @Schema(maxLength = 200, examples = "officer.370100") String recordedBy,
                          @Schema(examples = "1") long version) {

        static Summary of(SupervisionRecord record, String parkName, List<SupervisionAction> actions, LocalDate today) {
            List<SupervisionAction> open = actions.stream().filter(a -> a.status == ActionStatus.OPEN).toList();
            return new Summary(record.id, record.parkCode, parkName, record.cityCode, record.visitedOn,
                    record.problems.length, actions.size(), open.size(),
                    (int) open.stream().filter(a -> a.overdueOn(today)).count(),
                    open.stream().map(a -> a.deadline).min(LocalDate::compareTo).orElse(null), record.recordedBy,
                    record.version);
        }
    }
}
