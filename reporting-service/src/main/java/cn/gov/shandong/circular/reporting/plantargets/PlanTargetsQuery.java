package cn.gov.shandong.circular.reporting.plantargets;

import cn.gov.shandong.circular.common.plantargets.ApprovedPlanTargets;
import cn.gov.shandong.circular.common.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads platform-common's approved plan-targets model within the caller's scope (the city that approved the plan),
 * with each park's name from park_view.
 */
@ApplicationScoped
public class PlanTargetsQuery {

    @Inject
    EntityManager entityManager;

    @Inject
    ApprovedPlanTargets approvedPlans;

    /** The approved plans matching the filters that the caller may see, by programme and park, one page. */
    @Transactional
    public Page<PlanTargetsView.ApprovedPlan> list(String programme, String cityCode, String parkCode, int page, int size) {
        // Another city named as a filter is refused, as everywhere, not answered with an empty page.
        ApprovedPlanTargets.Slice plans = approvedPlans.page(programme, cityCode, parkCode, page, size);
        Map<String, String> names = parkNames(plans.plans().stream()
                .map(cn.gov.shandong.circular.common.plantargets.ApprovedPlan::parkCode).distinct().toList());
        return new Page<>(plans.plans().stream()
                .map(plan -> PlanTargetsView.ApprovedPlan.of(plan, names.get(plan.parkCode()))).toList(),
                page, size, plans.total());
    }

    /** The names of those parks whose registration has arrived. */
    private Map<String, String> parkNames(List<String> parkCodes) {
        if (parkCodes.isEmpty()) {
            return Map.of();
        }
        List<?> rows = entityManager.createNativeQuery(
                        "select park_code, name from park_view where park_code in (:parkCodes)", Tuple.class)
                .setParameter("parkCodes", parkCodes)
                .getResultList();
        return rows.stream().map(Tuple.class::cast)
                .collect(Collectors.toMap(row -> row.get("park_code", String.class), row -> row.get("name", String.class)));
    }
}
