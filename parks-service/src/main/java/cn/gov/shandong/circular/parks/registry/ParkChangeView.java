package cn.gov.shandong.circular.parks.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a park's history as the API shows it. */
public record ParkChangeView(
        @Schema(description = "What happened: REGISTERED (POST /api/v1/parks or seeded), IMPORTED (bulk import), "
                + "RENAMED, LEVEL_CHANGED, MERGED, RETIRED") ParkChange.Kind kind,
        @Schema(maxLength = 10, example = "2021-06-18", description = "The first day of the change (Asia/Shanghai)")
        LocalDate effectiveOn,
        @Schema(maxLength = 100, example = "PROVINCIAL",
                description = "The name or level before a RENAMED or LEVEL_CHANGED; null otherwise") String previousValue,
        @Schema(maxLength = 100, example = "NATIONAL", description = "The name (REGISTERED, IMPORTED, RENAMED), the "
                + "level (LEVEL_CHANGED) or the park merged into (MERGED); null for RETIRED") String value,
        @Schema(maxLength = 100, example = "国办函〔2021〕61号", description = "The approving document (文号), if any")
        String document,
        @Schema(maxLength = 1000, example = "园区规划范围调整后撤销。", description = "Why, for RETIRED") String reason,
        @Schema(maxLength = 100, example = "province.admin", description = "Who made the change (system for the seed)")
        String actor,
        @Schema(maxLength = 36, example = "3d5f7b9d-1f3b-4d5f-8b7d-9f1b3d5f7b92",
                description = "ce_id of the event that announced it on parks.events; null for the seeded parks' registration")
        UUID eventId,
        @Schema(maxLength = 35, example = "2021-06-18T02:00:00Z", description = "When the registry recorded it")
        OffsetDateTime recordedAt) {

    public static ParkChangeView of(ParkChange change) {
        return new ParkChangeView(change.kind, change.effectiveOn, change.previousValue, change.newValue,
                change.document, change.reason, change.actor, change.eventId, change.recordedAt);
    }
}
