package cn.gov.shandong.circular.reporting.plantargets;

import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.time.SqlValues;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.events.Indicator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads approved_plan and plan_target within the caller's scope (the city that approved the plan). */
@ApplicationScoped
public class PlanTargetsQuery {

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    /** The approved plans matching the filters that the caller may see, by programme and park, one page. */
    @Transactional
    public Page<PlanTargetsView.ApprovedPlan> list(String programme, String cityCode, String parkCode, int page, int size) {
        // Another city named as a filter is refused, as everywhere, not answered with an empty page.
        caller.requireFilterInScope(cityCode, parkCode);
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        Caller.ScopeRestriction scope = caller.scopeRestriction("a.city_code", "a.park_code");
        scope.condition().ifPresent(where::add);
        parameters.putAll(scope.parameters());
        if (programme != null) {
            where.add("a.programme_code = :programme");
            parameters.put("programme", programme);
        }
        if (cityCode != null) {
            where.add("a.city_code = :cityCode");
            parameters.put("cityCode", cityCode);
        }
        if (parkCode != null) {
            where.add("a.park_code = :parkCode");
            parameters.put("parkCode", parkCode);
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = ((Number) bind(entityManager.createNativeQuery(
                "select count(*) from approved_plan a" + condition), parameters).getSingleResult()).longValue();
        List<?> rows = bind(entityManager.createNativeQuery("""
                        select a.programme_code, a.park_code, p.name, a.city_code, cast(a.plan_id as text), a.revision,
                               a.approved_at
                        from approved_plan a left join park_view p on p.park_code = a.park_code""" + condition
                        + " order by a.programme_code, a.park_code"), parameters)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        Map<String, PlanTargetsView.ApprovedPlan> plans = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] plan = (Object[]) row;
            plans.put(key((String) plan[0], (String) plan[1]), new PlanTargetsView.ApprovedPlan((String) plan[0],
                    (String) plan[1], (String) plan[2], (String) plan[3], UUID.fromString((String) plan[4]),
                    ((Number) plan[5]).intValue(), SqlValues.utc(plan[6]), new ArrayList<>()));
        }
        if (!plans.isEmpty()) {
            List<?> targets = entityManager.createNativeQuery("""
                            select programme_code, park_code, indicator, unit, baseline_year, baseline_value, target_year,
                                   target_value
                            from plan_target where (programme_code || '/' || park_code) in (:keys)""")
                    .setParameter("keys", List.copyOf(plans.keySet()))
                    .getResultList();
            for (Object row : targets) {
                Object[] target = (Object[]) row;
                PlanTargetsView.ApprovedPlan plan = plans.get(key((String) target[0], (String) target[1]));
                plan.targets().add(PlanTargetsView.Target.of(Indicator.valueOf((String) target[2]), (String) target[3],
                        ((Number) target[4]).intValue(), (BigDecimal) target[5], ((Number) target[6]).intValue(),
                        (BigDecimal) target[7]));
            }
            // The code list's order, as plans-service lists a plan's indicators.
            plans.values().forEach(p -> p.targets().sort(Comparator.comparing(PlanTargetsView.Target::indicator)));
        }
        return new Page<>(List.copyOf(plans.values()), page, size, total);
    }

    private static String key(String programme, String parkCode) {
        return programme + "/" + parkCode;
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
