package cn.gov.shandong.circular.reporting.annualreport;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A city's annual report for a year (table annual_report): written by {@link AnnualReports} only. */
@Entity
@Table(name = "annual_report")
public class AnnualReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "city_code")
    public String cityCode;

    public int year;

    @Enumerated(EnumType.STRING)
    public AnnualReportStatus status;

    public String progress;

    public String problems;

    public String suggestions;

    /** The figures frozen at the last submission, as JSON; null before the first. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String figures;

    @Column(name = "first_submitted_at")
    public OffsetDateTime firstSubmittedAt;

    @Column(name = "days_late")
    public Integer daysLate;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    public int submissions;

    @Column(name = "returned_at")
    public OffsetDateTime returnedAt;

    @Column(name = "returned_by")
    public String returnedBy;

    /** The province's reasons for the last return, a JSON array of texts. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "return_reasons")
    public String returnReasons;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    /** Counts the writes; the ETag. Kept by hand: every write holds the row's lock. */
    public long version;
}
