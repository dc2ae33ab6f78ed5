package cn.gov.shandong.circular.reporting.annualreport;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One submission of an annual report as the province received it (table annual_report_submission). */
@Entity
@Table(name = "annual_report_submission")
@IdClass(AnnualReportSubmission.Key.class)
public class AnnualReportSubmission extends PanacheEntityBase {

    @Id
    @Column(name = "report_id")
    public UUID reportId;

    @Id
    public int number;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "days_late")
    public int daysLate;

    public String progress;

    public String problems;

    public String suggestions;

    @JdbcTypeCode(SqlTypes.JSON)
    public String figures;

    @Column(name = "returned_at")
    public OffsetDateTime returnedAt;

    @Column(name = "returned_by")
    public String returnedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "return_reasons")
    public String returnReasons;

    /** The submission's key: its report and number. */
    public static class Key implements Serializable {
        public UUID reportId;
        public int number;

        public Key() {
        }

        public Key(UUID reportId, int number) {
            this.reportId = reportId;
            this.number = number;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(reportId, k.reportId) && number == k.number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportId, number);
        }
    }
}
