package cn.gov.shandong.circular.plans.schedule;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the schedule writes answer, and the history of a park's place in a programme. */
public final class ScheduleViews {

    private ScheduleViews() {
    }

    /** The parks one request scheduled. */
    @Schema(name = "ScheduledParks")
    public record Scheduled(
            @Schema(maxLength = 20, examples = "2021-2025") String programmeCode,
            @Schema(description = "Names the request in each park's history", examples = "0b7e9c1a-3d5f-4a7c-9e1b-3d5f7a9c1e2b")
            UUID batchId,
            @Schema(maxItems = ScheduleRequests.ENTRIES_MAX) List<ScheduleEntry> entries) {
    }

    /** One change of a park's place in a programme. */
    @Schema(name = "ScheduleChange")
    public record Change(
            @Schema(description = "SCHEDULED, RESCHEDULED or WITHDRAWN", examples = "RESCHEDULED") ScheduleChange.Kind kind,
            @Schema(nullable = true, minimum = "2000", maximum = "2100", examples = "2023",
                    description = "The year before the change; null when the park was scheduled") Integer previousYear,
            @Schema(nullable = true, minimum = "2000", maximum = "2100", examples = "2024",
                    description = "The year after the change; null when the park was taken out") Integer year,
            @Schema(nullable = true, maxLength = 500, examples = "园区管理机构调整，改造项目顺延一年") String reason,
            @Schema(maxLength = 100, examples = "admin.province") String changedBy,
            @Schema(examples = "2021-06-01T02:00:00Z") OffsetDateTime changedAt,
            @Schema(description = "The request that made the change; parks scheduled together share it",
                    examples = "0b7e9c1a-3d5f-4a7c-9e1b-3d5f7a9c1e2b") UUID batchId) {

        static Change of(ScheduleChange change) {
            return new Change(change.kind, change.previousYear, change.year, change.reason, change.changedBy,
                    change.changedAt, change.batchId);
        }
    }
}
