package cn.gov.shandong.circular.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One valid instance of every event type, for tests that need "each type once" (the AsyncAPI
 * contract test, the outbox test). {@code EventCatalogTest} fails when a catalog type has none.
 */
public final class EventSamples {

    public static final UUID APPLICATION = UUID.fromString("5e1a7c3d-2b4f-4e6a-8c0d-9f1b3d5e7a21");

    private EventSamples() {
    }

    /** One sample per catalog type, in catalog order. */
    public static List<DomainEvent> all() {
        return List.of(
                new ParkRegistered("SDP001", "明水经济技术开发区", "370100", "济南市", ParkLevel.NATIONAL,
                        ZoneKind.ECONOMIC_AND_TECHNOLOGICAL_DEVELOPMENT_ZONE),
                new ParkScheduled("2018-2020", "SDP001", 2018),
                new AcceptanceApplied(APPLICATION, "SDP001", "370100", ParkLevel.NATIONAL,
                        "已完成园区循环化改造实施方案确定的全部重点项目。"),
                new AcceptanceReviewed(APPLICATION, "SDP001", "370100", ReviewOutcome.RETURNED, null,
                        "请补充2024年度资源产出率测算依据后重新提交。"),
                new AcceptanceResubmitted(APPLICATION, "SDP001", "370100", "已补充2024年度资源产出率测算依据。"),
                new AcceptanceFiled(APPLICATION, "SDP001", "370100", ParkLevel.NATIONAL,
                        Instant.parse("2025-06-10T03:20:31.904123Z")));
    }
}
