package cn.gov.shandong.circular.plans.implementation;

import cn.gov.shandong.circular.events.ProjectProgressed;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One dated progress report of a project (定期调度); append-only (a database trigger refuses changes). */
@Entity
@Table(name = "project_progress")
public class ProjectProgress extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    /** The approved version the project belonged to when the progress was recorded. */
    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;

    @Column(name = "park_code", nullable = false, updatable = false)
    public String parkCode;

    @Column(name = "city_code", nullable = false, updatable = false)
    public String cityCode;

    @Column(name = "reported_on", nullable = false, updatable = false)
    public LocalDate reportedOn;

    @Column(name = "percent_complete", nullable = false, updatable = false)
    public BigDecimal percentComplete;

    /** 万元 */
    @Column(name = "investment_to_date", nullable = false, updatable = false)
    public BigDecimal investmentToDate;

    @Column(updatable = false)
    public String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;

    /** A report on a project of an approved version, recorded by {@code by} at {@code at}. */
    static ProjectProgress of(ImplementationPlan plan, PlanProject project, PlanRules.ProgressReport report, String by,
                              OffsetDateTime at) {
        ProjectProgress progress = new ProjectProgress();
        progress.id = UUID.randomUUID();
        progress.projectId = project.projectId;
        progress.planId = plan.id;
        progress.parkCode = plan.parkCode;
        progress.cityCode = plan.cityCode;
        progress.reportedOn = report.reportedOn();
        progress.percentComplete = report.percentComplete();
        progress.investmentToDate = report.investmentToDate();
        progress.note = report.note();
        progress.recordedBy = by;
        progress.recordedAt = at;
        return progress;
    }

    /** The event that publishes the report. */
    ProjectProgressed progressed(String projectName) {
        return new ProjectProgressed(projectId, planId, parkCode, cityCode, projectName, reportedOn,
                percentComplete.doubleValue(), investmentToDate.doubleValue(), note);
    }
}
