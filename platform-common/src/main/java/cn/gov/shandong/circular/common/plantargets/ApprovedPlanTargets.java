package cn.gov.shandong.circular.common.plantargets;

import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.inbox.MalformedEventException;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.time.SqlValues;
import cn.gov.shandong.circular.events.ImplementationPlanApproved;
import cn.gov.shandong.circular.events.Indicator;
import cn.gov.shandong.circular.events.PlanProjectEntry;
import cn.gov.shandong.circular.events.PlanTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The targets and projects of each park's approved implementation plan, per programme, as plans.events announced
 * them (event-carried state transfer: plans-service is never asked). The newest approved revision of a park and
 * programme wins, compared by revision (then event time and id), not by arrival: an older revision's event
 * redelivered after a newer one changes nothing, and a newer revision replaces every target and project of the
 * older one.
 *
 * <p>A service that keeps the copy has the tables {@code approved_plan}, {@code approved_plan_target} and
 * {@code approved_plan_project} (a new one lists {@code db/plan-targets} in {@code quarkus.flyway.locations};
 * acceptance- and reporting-service created them in their own migrations) and feeds every
 * {@code plans.events} record through {@link #apply}, once per event: acceptance with
 * {@code idempotentConsumer.applyOnce(<its consumer name>, event, approvedPlanTargets::apply)}, reporting from
 * its projector (the event log is its deduplication). The channel and the consumer name stay the service's own,
 * and so does each API's shape: the reads answer {@link ApprovedPlan}s.
 */
@ApplicationScoped
public class ApprovedPlanTargets {

    /** The model's tables, the referencing ones first: what a rebuild from an event log truncates. */
    public static final String TABLES = "approved_plan_project, approved_plan_target, approved_plan";

    private static final Logger LOG = Logger.getLogger(ApprovedPlanTargets.class);
    /** numeric(18,4): 14 integer digits. The contract promises at most 13; more would not fit the column. */
    private static final BigDecimal VALUE_LIMIT = new BigDecimal("1e14");

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    /**
     * Applies one event of {@code plans.events}: a {@code plan.implementation-approved} replaces the park's
     * targets and projects under its programme unless a newer revision is already held. Other types (schedules,
     * submissions, returns, progress) are ignored.
     *
     * @throws MalformedEventException when an approval's data is not a valid {@link ImplementationPlanApproved},
     *         or a value has more integer digits than the contract's 13
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        if (!ImplementationPlanApproved.TYPE.equals(event.type())) {
            LOG.debugf("Ignoring %s event %s", event.type(), event.id());
            return;
        }
        ImplementationPlanApproved plan = event.dataAs(ImplementationPlanApproved.class);
        List<StoredTarget> targets = new ArrayList<>();
        for (PlanTarget target : plan.targets()) {
            targets.add(new StoredTarget(target, decimal(event, target.baselineValue()),
                    decimal(event, target.targetValue())));
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
                .setParameter("approvedAt", timeOf(event))
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
        for (StoredTarget stored : targets) {
            PlanTarget target = stored.target();
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
                    .setParameter("baselineValue", stored.baselineValue())
                    .setParameter("targetYear", target.targetYear())
                    .setParameter("targetValue", stored.targetValue())
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
        List<Tuple> rows = tuples(entityManager.createNativeQuery("""
                        select indicator, unit, baseline_year, baseline_value, target_year, target_value
                        from approved_plan_target where park_code = :parkCode and programme_code = :programmeCode""",
                        Tuple.class)
                .setParameter("parkCode", parkCode)
                .setParameter("programmeCode", programmeCode));
        Map<Indicator, PlanTarget> targets = new EnumMap<>(Indicator.class);
        for (Tuple row : rows) {
            Indicator indicator = Indicator.valueOf(row.get("indicator", String.class));
            targets.put(indicator, new PlanTarget(indicator, row.get("unit", String.class),
                    integer(row, "baseline_year"), row.get("baseline_value", BigDecimal.class).doubleValue(),
                    integer(row, "target_year"), row.get("target_value", BigDecimal.class).doubleValue()));
        }
        return targets;
    }

    /** The projects of the park's approved plan under the programme, in the plan's order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PlanProjectEntry> projectsOf(String parkCode, String programmeCode) {
        return tuples(entityManager.createNativeQuery("""
                        select cast(project_id as text) as project_id, name from approved_plan_project
                        where park_code = :parkCode and programme_code = :programmeCode order by position""", Tuple.class)
                .setParameter("parkCode", parkCode)
                .setParameter("programmeCode", programmeCode))
                .stream().map(ApprovedPlanTargets::project).toList();
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
     * The park's approved plans (one per programme in code order, or the one of {@code programmeCode}) with their
     * targets and projects, those the caller may see (judged by the city that approved each plan).
     *
     * @param programmeCode a programme, or null for all
     * @throws NotFound when there is none, or none within the caller's scope
     */
    @Transactional
    public List<ApprovedPlan> ofPark(String parkCode, String programmeCode) {
        Query query = entityManager.createNativeQuery("""
                        select programme_code, park_code, city_code, cast(plan_id as text) as plan_id, revision, approved_at
                        from approved_plan
                        where park_code = :parkCode
                          and (cast(:programmeCode as varchar) is null or programme_code = :programmeCode)
                        order by programme_code""", Tuple.class)
                .setParameter("parkCode", parkCode)
                .setParameter("programmeCode", programmeCode);
        List<PlanRow> plans = tuples(query).stream().map(PlanRow::of)
                .filter(plan -> caller.canSeePark(parkCode, plan.cityCode()))
                .toList();
        if (plans.isEmpty()) {
            throw new NotFound("Approved implementation plan of park", parkCode);
        }
        return withTargetsAndProjects(plans);
    }

    /**
     * One page of the approved plans matching the filters that the caller may see (the city that approved a plan
     * scopes it), by programme and park.
     *
     * @param programme a programme, or null for all
     * @param cityCode  the approving city, or null for all
     * @param parkCode  a park, or null for all
     * @throws cn.gov.shandong.circular.common.domain.OutOfScope when the caller names a city or park outside their
     *         scope (refused, as everywhere, not answered with an empty page)
     */
    @Transactional
    public Slice page(String programme, String cityCode, String parkCode, int page, int size) {
        caller.requireFilterInScope(cityCode, parkCode);
        Caller.ScopeRestriction scope = caller.scopeRestriction("a.city_code", "a.park_code");
        // The filters are parameters (null: no filter); only the caller's scope is a condition of its own.
        String where = "\nwhere (cast(:programme as varchar) is null or a.programme_code = :programme)"
                + "\n  and (cast(:cityCode as varchar) is null or a.city_code = :cityCode)"
                + "\n  and (cast(:parkCode as varchar) is null or a.park_code = :parkCode)"
                + scope.condition().map(condition -> "\n  and " + condition).orElse("");
        Map<String, Object> parameters = new LinkedHashMap<>(scope.parameters());
        parameters.put("programme", programme);
        parameters.put("cityCode", cityCode);
        parameters.put("parkCode", parkCode);
        long total = ((Number) bind(entityManager.createNativeQuery("select count(*) from approved_plan a" + where),
                parameters).getSingleResult()).longValue();
        List<PlanRow> plans = tuples(bind(entityManager.createNativeQuery("""
                        select a.programme_code, a.park_code, a.city_code, cast(a.plan_id as text) as plan_id, a.revision,
                               a.approved_at
                        from approved_plan a""" + where + " order by a.programme_code, a.park_code", Tuple.class),
                parameters)
                .setFirstResult(page * size)
                .setMaxResults(size))
                .stream().map(PlanRow::of).toList();
        return new Slice(withTargetsAndProjects(plans), total);
    }

    /**
     * A page of approved plans.
     *
     * @param plans the page's plans
     * @param total the plans matching the filters within the caller's scope, across all pages
     */
    public record Slice(List<ApprovedPlan> plans, long total) {

        public Slice {
            plans = List.copyOf(plans);
        }
    }

    /** The plans with their targets (in the code list's order, as plans-service lists them) and projects. */
    private List<ApprovedPlan> withTargetsAndProjects(List<PlanRow> plans) {
        if (plans.isEmpty()) {
            return List.of();
        }
        Map<PlanKey, List<ApprovedIndicatorTarget>> targets = new LinkedHashMap<>();
        Map<PlanKey, List<PlanProjectEntry>> projects = new LinkedHashMap<>();
        for (PlanRow plan : plans) {
            targets.put(plan.key(), new ArrayList<>());
            projects.put(plan.key(), new ArrayList<>());
        }
        List<String> parks = plans.stream().map(PlanRow::parkCode).distinct().toList();
        for (Tuple row : tuples(entityManager.createNativeQuery("""
                        select programme_code, park_code, indicator, unit, baseline_year, baseline_value, target_year,
                               target_value
                        from approved_plan_target where park_code in (:parks)""", Tuple.class)
                .setParameter("parks", parks))) {
            List<ApprovedIndicatorTarget> ofPlan = targets.get(PlanKey.of(row));
            if (ofPlan != null) {
                ofPlan.add(ApprovedIndicatorTarget.of(Indicator.valueOf(row.get("indicator", String.class)),
                        row.get("unit", String.class), integer(row, "baseline_year"),
                        row.get("baseline_value", BigDecimal.class), integer(row, "target_year"),
                        row.get("target_value", BigDecimal.class)));
            }
        }
        for (Tuple row : tuples(entityManager.createNativeQuery("""
                        select programme_code, park_code, cast(project_id as text) as project_id, name
                        from approved_plan_project where park_code in (:parks) order by position""", Tuple.class)
                .setParameter("parks", parks))) {
            List<PlanProjectEntry> ofPlan = projects.get(PlanKey.of(row));
            if (ofPlan != null) {
                ofPlan.add(project(row));
            }
        }
        return plans.stream().map(plan -> new ApprovedPlan(plan.programmeCode(), plan.parkCode(), plan.cityCode(),
                plan.planId(), plan.revision(), plan.approvedAt(),
                targets.get(plan.key()).stream().sorted(Comparator.comparing(ApprovedIndicatorTarget::indicator)).toList(),
                projects.get(plan.key()))).toList();
    }

    /** A row of approved_plan. */
    private record PlanRow(String programmeCode, String parkCode, String cityCode, UUID planId, int revision,
                           OffsetDateTime approvedAt) {

        static PlanRow of(Tuple row) {
            return new PlanRow(row.get("programme_code", String.class), row.get("park_code", String.class),
                    row.get("city_code", String.class), UUID.fromString(row.get("plan_id", String.class)),
                    integer(row, "revision"), SqlValues.utc(row.get("approved_at")));
        }

        PlanKey key() {
            return new PlanKey(programmeCode, parkCode);
        }
    }

    /** A park's plan under a programme. */
    private record PlanKey(String programmeCode, String parkCode) {

        static PlanKey of(Tuple row) {
            return new PlanKey(row.get("programme_code", String.class), row.get("park_code", String.class));
        }
    }

    /** An event's target with its values as stored. */
    private record StoredTarget(PlanTarget target, BigDecimal baselineValue, BigDecimal targetValue) {
    }

    private static PlanProjectEntry project(Tuple row) {
        return new PlanProjectEntry(UUID.fromString(row.get("project_id", String.class)), row.get("name", String.class));
    }

    private static int integer(Tuple row, String column) {
        return ((Number) row.get(column)).intValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Tuple> tuples(Query query) {
        return query.getResultList();
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static OffsetDateTime timeOf(IncomingEvent event) {
        return event.time() != null ? event.time() : OffsetDateTime.now(ZoneOffset.UTC);
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
