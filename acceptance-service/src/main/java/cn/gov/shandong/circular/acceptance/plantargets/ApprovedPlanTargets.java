package cn.gov.shandong.circular.acceptance.plantargets;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.inbox.MalformedEventException;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.time.SqlValues;
import cn.gov.shandong.circular.common.web.Problems;
import cn.gov.shandong.circular.events.ImplementationPlanApproved;
import cn.gov.shandong.circular.events.Indicator;
import cn.gov.shandong.circular.events.PlanProjectEntry;
import cn.gov.shandong.circular.events.PlanTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The targets of each park's approved implementation plan, per programme, as plans.events announced
 * them (event-carried state transfer: plans-service is never asked). The newest approved revision of a
 * park and programme wins, compared by revision (then event time and id), not by arrival: an older
 * revision's event redelivered after a newer one changes nothing.
 */
@ApplicationScoped
public class ApprovedPlanTargets {

    private static final Logger LOG = Logger.getLogger(ApprovedPlanTargets.class);
    /** numeric(18,4): 14 integer digits. The contract promises at most 13; more would not fit the column. */
    private static final BigDecimal VALUE_LIMIT = new BigDecimal("1e14");

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    /**
     * Applies one event of {@code plans.events}: a {@code plan.implementation-approved} replaces the
     * park's targets under its programme unless a newer revision is already held. Other types
     * (schedules, submissions, returns, progress) are ignored; acceptance does not use them (yet).
     *
     * @throws MalformedEventException when an approval's data is not a valid {@link ImplementationPlanApproved}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        if (!ImplementationPlanApproved.TYPE.equals(event.type())) {
            LOG.debugf("Ignoring %s event %s", event.type(), event.id());
            return;
        }
        ImplementationPlanApproved plan = event.dataAs(ImplementationPlanApproved.class);
        List<Object[]> values = new ArrayList<>();
        for (PlanTarget target : plan.targets()) {
            values.add(new Object[] {target, decimal(event, target.baselineValue()), decimal(event, target.targetValue())});
        }
        int written = entityManager.createNativeQuery("""
                        insert into approved_plan (park_code, programme_code, city_code, plan_id, revision, approved_at, event_id)
                        values (:parkCode, :programmeCode, :cityCode, :planId, :revision, :approvedAt, :eventId)
                        on conflict (park_code, programme_code) do update
                            set city_code = excluded.city_code, plan_id = excluded.plan_id, revision = excluded.revision,
                                approved_at = excluded.approved_at, event_id = excluded.event_id
                            where (approved_plan.revision, approved_plan.approved_at, approved_plan.event_id)
                                  < (excluded.revision, excluded.approved_at, excluded.event_id)""")
                .setParameter("parkCode", plan.parkCode())
                .setParameter("programmeCode", plan.programmeCode())
                .setParameter("cityCode", plan.cityCode())
                .setParameter("planId", plan.planId())
                .setParameter("revision", plan.revision())
                .setParameter("approvedAt", event.time() != null ? event.time() : OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("eventId", event.id())
                .executeUpdate();
        if (written == 0) {
            LOG.infof("Event %s approves revision %d of park %s's plan under %s, older than the one held; ignored",
                    event.id(), plan.revision(), plan.parkCode(), plan.programmeCode());
            return;
        }
        // The new revision's targets replace every earlier one: a revision may drop an optional indicator.
        entityManager.createNativeQuery(
                        "delete from approved_plan_target where park_code = :parkCode and programme_code = :programmeCode")
                .setParameter("parkCode", plan.parkCode())
                .setParameter("programmeCode", plan.programmeCode())
                .executeUpdate();
        for (Object[] value : values) {
            PlanTarget target = (PlanTarget) value[0];
            entityManager.createNativeQuery("""
                            insert into approved_plan_target (park_code, programme_code, indicator, unit, baseline_year,
                                                              baseline_value, target_year, target_value)
                            values (:parkCode, :programmeCode, :indicator, :unit, :baselineYear, :baselineValue,
                                    :targetYear, :targetValue)""")
                    .setParameter("parkCode", plan.parkCode())
                    .setParameter("programmeCode", plan.programmeCode())
                    .setParameter("indicator", target.indicator().name())
                    .setParameter("unit", target.unit())
                    .setParameter("baselineYear", target.baselineYear())
                    .setParameter("baselineValue", value[1])
                    .setParameter("targetYear", target.targetYear())
                    .setParameter("targetValue", value[2])
                    .executeUpdate();
        }
        entityManager.createNativeQuery(
                        "delete from approved_plan_project where park_code = :parkCode and programme_code = :programmeCode")
                .setParameter("parkCode", plan.parkCode())
                .setParameter("programmeCode", plan.programmeCode())
                .executeUpdate();
        int position = 0;
        for (PlanProjectEntry project : plan.projects()) {
            entityManager.createNativeQuery("""
                            insert into approved_plan_project (park_code, programme_code, project_id, position, name)
                            values (:parkCode, :programmeCode, :projectId, :position, :name)""")
                    .setParameter("parkCode", plan.parkCode())
                    .setParameter("programmeCode", plan.programmeCode())
                    .setParameter("projectId", project.projectId())
                    .setParameter("position", position++)
                    .setParameter("name", project.name())
                    .executeUpdate();
        }
    }

    /** The targets of the park's approved plan under the programme, by indicator; empty when there is none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Indicator, PlanTarget> targetsOf(String parkCode, String programmeCode) {
        List<?> rows = entityManager.createNativeQuery("""
                        select indicator, unit, baseline_year, baseline_value, target_year, target_value
                        from approved_plan_target where park_code = :parkCode and programme_code = :programmeCode""")
                .setParameter("parkCode", parkCode)
                .setParameter("programmeCode", programmeCode)
                .getResultList();
        Map<Indicator, PlanTarget> targets = new java.util.EnumMap<>(Indicator.class);
        for (Object row : rows) {
            Object[] t = (Object[]) row;
            Indicator indicator = Indicator.valueOf((String) t[0]);
            targets.put(indicator, new PlanTarget(indicator, (String) t[1], ((Number) t[2]).intValue(),
                    ((BigDecimal) t[3]).doubleValue(), ((Number) t[4]).intValue(), ((BigDecimal) t[5]).doubleValue()));
        }
        return targets;
    }

    /** The projects of the park's approved plan under the programme, in the plan's order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PlanProjectEntry> projectsOf(String parkCode, String programmeCode) {
        List<?> rows = entityManager.createNativeQuery("""
                        select cast(project_id as text), name from approved_plan_project
                        where park_code = :parkCode and programme_code = :programmeCode order by position""")
                .setParameter("parkCode", parkCode)
                .setParameter("programmeCode", programmeCode)
                .getResultList();
        List<PlanProjectEntry> projects = new ArrayList<>();
        for (Object row : rows) {
            Object[] p = (Object[]) row;
            projects.add(new PlanProjectEntry(UUID.fromString((String) p[0]), (String) p[1]));
        }
        return projects;
    }

    /** The programmes under which the park has an approved plan, in code order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> programmesOf(String parkCode) {
        return entityManager.createNativeQuery(
                        "select programme_code from approved_plan where park_code = :parkCode order by programme_code",
                        String.class)
                .setParameter("parkCode", parkCode)
                .getResultList();
    }

    /**
     * The park's approved plans (one per programme, or the one of {@code programmeCode}) with their
     * targets; "not found" when there is none, or the park is outside the caller's scope (judged by the
     * city that approved the plan).
     */
    @Transactional
    public PlanTargetsView.ParkPlanTargets ofPark(String parkCode, String programmeCode) {
        var query = entityManager.createNativeQuery("""
                        select programme_code, city_code, cast(plan_id as text), revision, approved_at
                        from approved_plan
                        where park_code = :parkCode""" + (programmeCode == null ? "" : " and programme_code = :programmeCode")
                        + " order by programme_code")
                .setParameter("parkCode", parkCode);
        if (programmeCode != null) {
            query.setParameter("programmeCode", programmeCode);
        }
        List<?> rows = query.getResultList();
        Map<String, PlanTargetsView.ApprovedPlan> plans = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] plan = (Object[]) row;
            String cityCode = (String) plan[1];
            if (!caller.canSeePark(parkCode, cityCode)) {
                continue;
            }
            plans.put((String) plan[0], new PlanTargetsView.ApprovedPlan((String) plan[0], cityCode,
                    UUID.fromString((String) plan[2]), ((Number) plan[3]).intValue(), SqlValues.utc(plan[4]),
                    new ArrayList<>(), new ArrayList<>()));
        }
        if (plans.isEmpty()) {
            throw Problems.notFound("Approved implementation plan of park", parkCode);
        }
        List<?> targets = entityManager.createNativeQuery("""
                        select programme_code, indicator, unit, baseline_year, baseline_value, target_year, target_value
                        from approved_plan_target where park_code = :parkCode""")
                .setParameter("parkCode", parkCode)
                .getResultList();
        for (Object row : targets) {
            Object[] target = (Object[]) row;
            PlanTargetsView.ApprovedPlan plan = plans.get((String) target[0]);
            if (plan != null) {
                plan.targets().add(PlanTargetsView.Target.of(Indicator.valueOf((String) target[1]), (String) target[2],
                        ((Number) target[3]).intValue(), (BigDecimal) target[4], ((Number) target[5]).intValue(),
                        (BigDecimal) target[6]));
            }
        }
        for (PlanTargetsView.ApprovedPlan plan : plans.values()) {
            projectsOf(parkCode, plan.programmeCode()).forEach(p ->
                    plan.projects().add(new PlanTargetsView.Project(p.projectId(), p.name())));
        }
        // The code list's order, as plans-service lists a plan's indicators.
        plans.values().forEach(p -> p.targets().sort(Comparator.comparing(PlanTargetsView.Target::indicator)));
        return new PlanTargetsView.ParkPlanTargets(parkCode, List.copyOf(plans.values()));
    }

    private static BigDecimal decimal(IncomingEvent event, Double value) {
        BigDecimal decimal = BigDecimal.valueOf(value);
        if (decimal.abs().compareTo(VALUE_LIMIT) >= 0) {
            throw new MalformedEventException("event " + event.id() + " (" + event.type() + ") has a target value "
                    + value + " beyond the contract's 13 integer digits");
        }
        return decimal;
    }
}
