package cn.gov.shandong.circular.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.TestData;
import cn.gov.shandong.circular.events.AcceptanceApplied;
import cn.gov.shandong.circular.events.AcceptanceFiled;
import cn.gov.shandong.circular.events.AcceptanceRevoked;
import cn.gov.shandong.circular.events.AcceptanceReviewed;
import cn.gov.shandong.circular.events.DomainEvent;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkRegistered;
import cn.gov.shandong.circular.events.ParkScheduled;
import cn.gov.shandong.circular.events.ReviewOpened;
import cn.gov.shandong.circular.events.ReviewOutcome;
import cn.gov.shandong.circular.events.ZoneKind;
import cn.gov.shandong.circular.reporting.eventlog.EventLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Not a test of the build: times {@code POST /api/v1/projections/rebuild}'s work ({@link ProjectionRebuild#rebuild})
 * on a log it writes itself. Its name is outside surefire's test patterns, so only
 * {@code -Dtest=ProjectionRebuildBench} runs it, in a Maven run of its own (a fresh database). The log: 30 fresh
 * parks from {@link TestData}, each registered and scheduled, then {@code rebuild-bench.applications} applications
 * each (default 66) applied, review opened, passed, filed and, all but the last, revoked: 30 x (2 + 5 x 66 - 1) = 9,930
 * events.
 * Prints {@code [rebuild-bench] run n: ... events/s}.
 */
@QuarkusTest
class ProjectionRebuildBench {

    private static final String PROGRAMME = TestData.programmeCode();
    private static final Instant START = Instant.parse("2081-01-01T00:00:00Z");

    @Inject
    EventLog eventLog;

    @Inject
    ProjectionRebuild projectionRebuild;

    @Test
    void rebuildALog() {
        int applications = Integer.getInteger("rebuild-bench.applications", 66);
        List<DomainEvent> events = new ArrayList<>();
        for (int p = 1; p <= 30; p++) {
            String park = TestData.parkCode();
            String city = p % 2 == 0 ? "371500" : "371600";
            ParkLevel level = p % 3 == 0 ? ParkLevel.NATIONAL : ParkLevel.PROVINCIAL;
            events.add(new ParkRegistered(park, "重建基准园区" + p, city, p % 2 == 0 ? "聊城市" : "滨州市", level,
                    ZoneKind.ECONOMIC_DEVELOPMENT_ZONE));
            events.add(new ParkScheduled(PROGRAMME, park, 2082));
            for (int a = 0; a < applications; a++) {
                UUID id = UUID.randomUUID();
                events.add(new AcceptanceApplied(id, park, city, level, "验收申请", PROGRAMME, List.of()));
                events.add(new ReviewOpened(id, park, city, UUID.randomUUID(), 1, 1));
                events.add(new AcceptanceReviewed(id, park, city, ReviewOutcome.PASSED, 90.0, "通过", null, 1));
                events.add(new AcceptanceFiled(id, park, city, level, START.plusSeconds(3_600L * events.size()), null));
                if (a < applications - 1) {
                    events.add(new AcceptanceRevoked(id, park, city, level, START.plusSeconds(3_600L * events.size()),
                            List.of("基准撤销"), "2081-01"));
                }
            }
        }
        long appendStart = System.nanoTime();
        for (int from = 0; from < events.size(); from += 500) {
            int first = from;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = first; i < Math.min(first + 500, events.size()); i++) {
                    DomainEvent event = events.get(i);
                    UUID id = UUID.randomUUID();
                    // One hour apart, in the order written: the replay's order is the log's.
                    eventLog.append(new IncomingEvent(id, event.type(), "/bench", event.key(),
                            START.plusSeconds(3_600L * i).atOffset(ZoneOffset.UTC), "bench", "bench:" + id,
                            EventFixtures.data(event, "bench", "bench:" + id), event.topic()), 0, i);
                }
            });
        }
        System.out.printf("[rebuild-bench] %d events appended in %d ms%n", events.size(),
                (System.nanoTime() - appendStart) / 1_000_000);
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            ProjectionRebuild.RebuildResult result = projectionRebuild.rebuild();
            long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
            assertThat(result.replayedEvents()).isGreaterThanOrEqualTo(events.size());
            assertThat(result.completions()).isGreaterThanOrEqualTo(30);
            System.out.printf("[rebuild-bench] run %d: %d events replayed in %d ms (%.0f events/s)%n", run,
                    result.replayedEvents(), millis, result.replayedEvents() * 1000.0 / millis);
        }
    }
}
