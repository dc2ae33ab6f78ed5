package cn.gov.shandong.circular.reporting.dispatch;

import cn.gov.shandong.circular.common.time.SqlValues;
import cn.gov.shandong.circular.reporting.dispatch.PromotionPlanRule.Done;
import cn.gov.shandong.circular.reporting.dispatch.PromotionPlanRule.Milestone;
import cn.gov.shandong.circular.reporting.dispatch.PromotionPlanRule.VersionEvent;
import cn.gov.shandong.circular.reporting.dispatch.PromotionPlanRule.VersionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the V9 tables (and park_view, park_filing); must run in the caller's transaction. */
@ApplicationScoped
public class DispatchQuery {

    @Inject
    EntityManager entityManager;

    /** A rectification open at the instant asked about, with its city. */
    public record OpenItem(String cityCode, RectificationSection.Source source, String parkCode, String parkName,
                           String reference, UUID itemId, String description, Instant openedAt, LocalDate deadline) {

        /** A row of either query of {@link #openRectifications}, whose columns have the same aliases. */
        static OpenItem of(Tuple row, RectificationSection.Source source) {
            return new OpenItem((String) row.get("city_code"), source, (String) row.get("park_code"),
                    (String) row.get("park_name"), (String) row.get("reference"),
                    UUID.fromString((String) row.get("item_id")), (String) row.get("description"),
                    SqlValues.instant(row.get("opened_at")), SqlValues.day(row.get("deadline")));
        }
    }

    /** A plan version's event, with the city whose plan it is. */
    private record PlanEventRow(String cityCode, VersionEvent event) {

        static PlanEventRow of(Tuple row) {
            return new PlanEventRow((String) row.get("city_code"), new VersionEvent(
                    UUID.fromString((String) row.get("plan_id")), ((Number) row.get("revision")).intValue(),
                    VersionStatus.valueOf((String) row.get("status")), SqlValues.instant(row.get("occurred_at")),
                    UUID.fromString((String) row.get("event_id"))));
        }
    }

    /** A milestone of an acknowledged version, with the version. */
    private record MilestoneRow(UUID planId, Milestone milestone) {

        static MilestoneRow of(Tuple row) {
            return new MilestoneRow(UUID.fromString((String) row.get("plan_id")), new Milestone(
                    UUID.fromString((String) row.get("milestone_id")), (String) row.get("park_code"),
                    SqlValues.day(row.get("due_on")), (String) row.get("description"), SqlValues.day(row.get("done_on"))));
        }
    }

    private static Done done(Tuple row) {
        return new Done(UUID.fromString((String) row.get("milestone_id")), SqlValues.day(row.get("done_on")),
                SqlValues.instant(row.get("occurred_at")));
    }

    /** The city names as the parks' registrations give them. */
    public Map<String, String> cityNames() {
        Map<String, String> names = new HashMap<>();
        rows("select city_code, max(city_name) as city_name from park_view group by city_code", Map.of())
                .forEach(r -> names.put((String) r.get("city_code"), (String) r.get("city_name")));
        return names;
    }

    /** Every version event of the cities' plans for the year, by city. */
    public Map<String, List<VersionEvent>> planEvents(int year) {
        Map<String, List<VersionEvent>> events = new HashMap<>();
        rows("""
                select city_code, cast(plan_id as varchar) as plan_id, revision, status, occurred_at,
                       cast(event_id as varchar) as event_id
                from dispatch_plan_event where year = :year""", Map.of("year", year)).stream().map(PlanEventRow::of)
                .forEach(r -> events.computeIfAbsent(r.cityCode(), c -> new ArrayList<>()).add(r.event()));
        return events;
    }

    /** The milestones of these acknowledged versions, by version. */
    public Map<UUID, List<Milestone>> milestones(Collection<UUID> planIds) {
        Map<UUID, List<Milestone>> milestones = new HashMap<>();
        if (planIds.isEmpty()) {
            return milestones;
        }
        rows("""
                select cast(plan_id as varchar) as plan_id, cast(milestone_id as varchar) as milestone_id, park_code,
                       due_on, description, done_on
                from dispatch_plan_milestone where cast(plan_id as varchar) in (:plans)""",
                Map.of("plans", planIds.stream().map(UUID::toString).toList())).stream().map(MilestoneRow::of)
                .forEach(r -> milestones.computeIfAbsent(r.planId(), p -> new ArrayList<>()).add(r.milestone()));
        return milestones;
    }

    /** The milestones of the year's plans recorded done, by milestone. */
    public Map<UUID, Done> done(int year) {
        Map<UUID, Done> done = new HashMap<>();
        rows("""
                select cast(milestone_id as varchar) as milestone_id, done_on, occurred_at
                from dispatch_milestone_done where year = :year""", Map.of("year", year)).stream()
                .map(DispatchQuery::done)
                .forEach(d -> done.put(d.milestoneId(), d));
        return done;
    }

    /** The rectifications open at {@code end}: recorded before it, and not closed before it. */
    public List<OpenItem> openRectifications(Instant end) {
        Map<String, Object> at = Map.of("end", OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
        List<OpenItem> items = new ArrayList<>();
        rows("""
                select r.city_code, r.park_code, v.name as park_name, r.round_code as reference,
                       cast(r.application_id as varchar) as item_id, r.reason as description,
                       r.occurred_at as opened_at, r.deadline
                from dispatch_spot_check_rectification r
                left join park_view v on v.park_code = r.park_code
                where r.occurred_at < :end
                  and not exists (select 1 from dispatch_rectification_confirmed c
                                  where c.application_id = r.application_id and c.round_code = r.round_code
                                    and c.occurred_at < :end)
                  and not exists (select 1 from park_filing f
                                  where f.application_id = cast(r.application_id as varchar) and f.revoked_at < :end)""", at)
                .forEach(r -> items.add(OpenItem.of(r, RectificationSection.Source.SPOT_CHECK)));
        rows("""
                select a.city_code, a.park_code, v.name as park_name, cast(a.record_id as varchar) as reference,
                       cast(a.action_id as varchar) as item_id, a.description, a.occurred_at as opened_at, a.deadline
                from dispatch_supervision_action a
                left join park_view v on v.park_code = a.park_code
                where a.occurred_at < :end
                  and not exists (select 1 from dispatch_supervision_resolved s
                                  where s.action_id = a.action_id and s.occurred_at < :end)""", at)
                .forEach(r -> items.add(OpenItem.of(r, RectificationSection.Source.SUPERVISION)));
        return items;
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> rows(String sql, Map<String, Object> parameters) {
        var query = entityManager.createNativeQuery(sql, Tuple.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
