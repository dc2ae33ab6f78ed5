package cn.gov.shandong.circular.reporting.dispatch;

import cn.gov.shandong.circular.common.time.SqlValues;
import cn.gov.shandong.circular.reporting.dispatch.PromotionPlanRule.Done;
import cn.gov.shandong.circular.reporting.dispatch.PromotionPlanRule.Milestone;
import cn.gov.shandong.circular.reporting.dispatch.PromotionPlanRule.VersionEvent;
import cn.gov.shandong.circular.reporting.dispatch.PromotionPlanRule.VersionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
    }

    /** The city names as the parks' registrations give them. */
    public Map<String, String> cityNames() {
        Map<String, String> names = new HashMap<>();
        rows("select city_code, max(city_name) from park_view group by city_code", Map.of())
                .forEach(r -> names.put((String) r[0], (String) r[1]));
        return names;
    }

    /** Every version event of the cities' plans for the year, by city. */
    public Map<String, List<VersionEvent>> planEvents(int year) {
        Map<String, List<VersionEvent>> events = new HashMap<>();
        rows("""
                select city_code, cast(plan_id as varchar), revision, status, occurred_at, cast(event_id as varchar)
                from dispatch_plan_event where year = :year""", Map.of("year", year))
                .forEach(r -> events.computeIfAbsent((String) r[0], c -> new ArrayList<>()).add(new VersionEvent(
                        UUID.fromString((String) r[1]), ((Number) r[2]).intValue(), VersionStatus.valueOf((String) r[3]),
                        SqlValues.instant(r[4]), UUID.fromString((String) r[5]))));
        return events;
    }

    /** The milestones of these acknowledged versions, by version. */
    public Map<UUID, List<Milestone>> milestones(Collection<UUID> planIds) {
        Map<UUID, List<Milestone>> milestones = new HashMap<>();
        if (planIds.isEmpty()) {
            return milestones;
        }
        rows("""
                select cast(plan_id as varchar), cast(milestone_id as varchar), park_code, due_on, description, done_on
                from dispatch_plan_milestone where cast(plan_id as varchar) in (:plans)""",
                Map.of("plans", planIds.stream().map(UUID::toString).toList()))
                .forEach(r -> milestones.computeIfAbsent(UUID.fromString((String) r[0]), p -> new ArrayList<>())
                        .add(new Milestone(UUID.fromString((String) r[1]), (String) r[2], SqlValues.day(r[3]), (String) r[4],
                                SqlValues.day(r[5]))));
        return milestones;
    }

    /** The milestones of the year's plans recorded done, by milestone. */
    public Map<UUID, Done> done(int year) {
        Map<UUID, Done> done = new HashMap<>();
        rows("select cast(milestone_id as varchar), done_on, occurred_at from dispatch_milestone_done where year = :year",
                Map.of("year", year))
                .forEach(r -> done.put(UUID.fromString((String) r[0]),
                        new Done(UUID.fromString((String) r[0]), SqlValues.day(r[1]), SqlValues.instant(r[2]))));
        return done;
    }

    /** The rectifications open at {@code end}: recorded before it, and not closed before it. */
    public List<OpenItem> openRectifications(Instant end) {
        Map<String, Object> at = Map.of("end", OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
        List<OpenItem> items = new ArrayList<>();
        rows("""
                select r.city_code, r.park_code, v.name, r.round_code, cast(r.application_id as varchar), r.reason,
                       r.occurred_at, r.deadline
                from dispatch_spot_check_rectification r
                left join park_view v on v.park_code = r.park_code
                where r.occurred_at < :end
                  and not exists (select 1 from dispatch_rectification_confirmed c
                                  where c.application_id = r.application_id and c.round_code = r.round_code
                                    and c.occurred_at < :end)
                  and not exists (select 1 from park_filing f
                                  where f.application_id = cast(r.application_id as varchar) and f.revoked_at < :end)""", at)
                .forEach(r -> items.add(item(r, RectificationSection.Source.SPOT_CHECK)));
        rows("""
                select a.city_code, a.park_code, v.name, cast(a.record_id as varchar), cast(a.action_id as varchar),
                       a.description, a.occurred_at, a.deadline
                from dispatch_supervision_action a
                left join park_view v on v.park_code = a.park_code
                where a.occurred_at < :end
                  and not exists (select 1 from dispatch_supervision_resolved s
                                  where s.action_id = a.action_id and s.occurred_at < :end)""", at)
                .forEach(r -> items.add(item(r, RectificationSection.Source.SUPERVISION)));
        return items;
    }

    private static OpenItem item(Object[] r, RectificationSection.Source source) {
        return new OpenItem((String) r[0], source, (String) r[1], (String) r[2], (String) r[3], UUID.fromString((String) r[4]),
                (String) r[5], SqlValues.instant(r[6]), SqlValues.day(r[7]));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> parameters) {
        var query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
