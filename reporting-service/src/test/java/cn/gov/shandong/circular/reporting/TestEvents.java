package cn.gov.shandong.circular.reporting;

import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.events.AcceptanceApplied;
import cn.gov.shandong.circular.events.AcceptanceFiled;
import cn.gov.shandong.circular.events.AcceptanceReviewed;
import cn.gov.shandong.circular.events.DomainEvent;
import cn.gov.shandong.circular.events.ImplementationPlanApproved;
import cn.gov.shandong.circular.events.Indicator;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkRegistered;
import cn.gov.shandong.circular.events.ParkScheduled;
import cn.gov.shandong.circular.events.ProgrammeDefined;
import cn.gov.shandong.circular.events.ProgrammeStatus;
import cn.gov.shandong.circular.events.PlanProjectEntry;
import cn.gov.shandong.circular.events.PlanTarget;
import cn.gov.shandong.circular.events.ReviewOutcome;
import cn.gov.shandong.circular.events.ZoneKind;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The other services' events, built from platform-events' records and published as they publish
 * them (platform-common's EventFixtures). Each test uses its own park, city and programme codes, fresh from
 * platform-common's {@code TestData}, so the tests do not see each other's parks.
 */
final class TestEvents {

    static final String PARKS = "parks.events";
    static final String PLANS = "plans.events";
    static final String ACCEPTANCE = "acceptance.events";

    private TestEvents() {
    }

    /** Publishes the event keyed and subject-ed by its park code, dated now; returns its ce_id. */
    static UUID send(DomainEvent event) {
        return EventFixtures.publish(event);
    }

    /**
     * @param occurredAt ce_time to send, or null for now
     */
    static UUID send(UUID id, Instant occurredAt, DomainEvent event) {
        return EventFixtures.publish(id, occurredAt, event, "system");
    }

    /** Publishes the event with this ce_id, time (null for now) and acting user (data and ce_actor). */
    static UUID send(UUID id, Instant occurredAt, DomainEvent event, String actor) {
        return EventFixtures.publish(id, occurredAt, event, actor);
    }

    /** Publishes the event with this acting user (data and ce_actor). */
    static UUID sendAs(String actor, DomainEvent event) {
        return EventFixtures.publish(UUID.randomUUID(), null, event, actor);
    }

    /** Publishes data the contract does not allow, under a known type. */
    static UUID sendData(String type, String parkCode, ObjectNode data) {
        return EventFixtures.publishData(UUID.randomUUID(), null, type, parkCode, data);
    }

    /** Publishes a type no service publishes (yet), on a topic, with any data. */
    static UUID sendUnknownType(String topic, String type, String parkCode, ObjectNode data) {
        UUID id = UUID.randomUUID();
        KafkaTestClient.send(topic, parkCode,
                KafkaTestClient.cloudEventHeaders(id, type, "/" + topic.substring(0, topic.indexOf('.')) + "-service",
                        parkCode),
                data.put("actor", "system").put("correlationId", "test:" + id).toString());
        return id;
    }

    static ParkRegistered parkRegistered(String parkCode, String name, String cityCode, String cityName,
                                         ParkLevel level) {
        return new ParkRegistered(parkCode, name, cityCode, cityName, level, ZoneKind.ECONOMIC_DEVELOPMENT_ZONE);
    }

    /** The 2018-2020 programme as plans-service's seed announces it: all national parks, at least half the provincial. */
    static ProgrammeDefined programme2018() {
        return new ProgrammeDefined("2018-2020", "山东省园区循环化改造推进方案（2018-2020年）", "鲁经信循〔2018〕336号",
                2018, 2020, new java.math.BigDecimal("1.00"), new java.math.BigDecimal("0.50"),
                "到2020年，全部国家级园区、50%以上的省级园区实施循环化改造", ProgrammeStatus.ACTIVE);
    }

    /** A programme of the tests' own, in force, with these years and goal shares (e.g. "1.00", "0.50"). */
    static ProgrammeDefined programme(String code, int start, int end, String nationalShare, String provincialShare) {
        return new ProgrammeDefined(code, "测试推进方案 " + code, "测试〔" + start + "〕1号", start, end,
                new java.math.BigDecimal(nationalShare), new java.math.BigDecimal(provincialShare), null,
                ProgrammeStatus.ACTIVE);
    }

    static ParkScheduled parkScheduled(String programme, String parkCode, int year) {
        return new ParkScheduled(programme, parkCode, year);
    }

    /**
     * A city's approval of a park's plan, as plans-service announces it: the four core indicators
     * (2017 baselines, 2020 targets), each target raised by {@code raise} over the first revision's.
     */
    static ImplementationPlanApproved approved(UUID planId, String programme, String parkCode, String cityCode,
                                               int revision, double raise) {
        return approved(planId, programme, parkCode, cityCode, revision, raise, List.of());
    }

    /** The same, with the plan's projects. */
    static ImplementationPlanApproved approved(UUID planId, String programme, String parkCode, String cityCode,
                                               int revision, double raise, List<PlanProjectEntry> projects) {
        return new ImplementationPlanApproved(planId, parkCode, cityCode, programme, revision, List.of(
                new PlanTarget(Indicator.RESOURCE_PRODUCTIVITY, "元/吨", 2017, 4200.0, 2020, 5100.0 + raise),
                new PlanTarget(Indicator.LAND_PRODUCTIVITY, "亿元/平方公里", 2017, 18.6, 2020, 22.5 + raise),
                new PlanTarget(Indicator.SOLID_WASTE_UTILISATION, Indicator.PERCENT, 2017, 82.5, 2020, 95.0 + raise),
                new PlanTarget(Indicator.WATER_REUSE, Indicator.PERCENT, 2017, 88.0, 2020, 92.0 + raise)), projects);
    }

    static AcceptanceApplied applied(UUID applicationId, String parkCode) {
        return new AcceptanceApplied(applicationId, parkCode, "370300", ParkLevel.PROVINCIAL, "验收申请", null, List.of());
    }

    static AcceptanceReviewed passed(UUID applicationId, String parkCode, String cityCode, int score) {
        return new AcceptanceReviewed(applicationId, parkCode, cityCode, ReviewOutcome.PASSED, (double) score, "复核", null, 1);
    }

    static AcceptanceFiled filed(UUID applicationId, String parkCode, String cityCode, ParkLevel level,
                                 String filedAt) {
        return new AcceptanceFiled(applicationId, parkCode, cityCode, level, Instant.parse(filedAt), null);
    }
}
