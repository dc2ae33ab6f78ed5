package cn.gov.shandong.circular.plans.implementation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A project in one version of a plan. {@link #projectId} is the project across versions (a revision
 * keeps it), {@link #id} this version's row.
 */
@Entity
@Table(name = "plan_project")
public class PlanProject extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    public int position;

    public String name;

    @Enumerated(EnumType.STRING)
    public ProjectKind kind;

    /** 万元 */
    @Column(name = "total_investment")
    public BigDecimal totalInvestment;

    @Column(name = "funding_enterprise")
    public BigDecimal fundingEnterprise;

    @Column(name = "funding_central_budget")
    public BigDecimal fundingCentralBudget;

    @Column(name = "funding_provincial")
    public BigDecimal fundingProvincial;

    @Column(name = "funding_bank_credit")
    public BigDecimal fundingBankCredit;

    @Column(name = "funding_other")
    public BigDecimal fundingOther;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "national_code")
    public String nationalCode;

    @Enumerated(EnumType.STRING)
    public ProjectStatus status;

    static PlanProject of(UUID planId, UUID projectId, int position, PlanRules.Project project) {
        PlanProject row = new PlanProject();
        row.id = UUID.randomUUID();
        row.planId = planId;
        row.projectId = projectId;
        row.position = position;
        row.name = project.name();
        row.kind = project.kind();
        row.totalInvestment = project.totalInvestment();
        row.fundingEnterprise = project.funding().enterprise();
        row.fundingCentralBudget = project.funding().centralBudget();
        row.fundingProvincial = project.funding().provincialSpecialFunds();
        row.fundingBankCredit = project.funding().bankCredit();
        row.fundingOther = project.funding().other();
        row.startDate = project.startDate();
        row.endDate = project.endDate();
        row.nationalCode = project.nationalCode();
        row.status = project.status();
        return row;
    }

    /** The same project in another version (a revision starts as a copy). */
    PlanProject copyTo(UUID otherPlanId) {
        PlanProject copy = new PlanProject();
        copy.id = UUID.randomUUID();
        copy.planId = otherPlanId;
        copy.projectId = projectId;
        copy.position = position;
        copy.name = name;
        copy.kind = kind;
        copy.totalInvestment = totalInvestment;
        copy.fundingEnterprise = fundingEnterprise;
        copy.fundingCentralBudget = fundingCentralBudget;
        copy.fundingProvincial = fundingProvincial;
        copy.fundingBankCredit = fundingBankCredit;
        copy.fundingOther = fundingOther;
        copy.startDate = startDate;
        copy.endDate = endDate;
        copy.nationalCode = nationalCode;
        copy.status = status;
        return copy;
    }
}
