package cn.gov.shandong.circular.reporting.notice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A notice (通报) of the province naming the parks of a programme year that missed their deadline. A draft is
 * edited by the province; publication numbers, dates and freezes it ({@link NoticeStatus}).
 */
@Entity
@Table(name = "notice")
public class Notice extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "programme_code", nullable = false, updatable = false)
    public String programmeCode;

    /** The programme year whose overdue parks are named. */
    @Column(nullable = false, updatable = false)
    public int year;

    @Column(nullable = false)
    public String title;

    /** The notice's text; "body" in SQL ("text" is a type name there). */
    @Column(name = "body", nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeStatus status;

    /** The day (Asia/Shanghai) the named parks were taken from the overdue list. */
    @Column(name = "parks_as_of", nullable = false)
    public LocalDate parksAsOf;

    @Column(name = "drafted_by", nullable = false, updatable = false)
    public String draftedBy;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    public OffsetDateTime draftedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "publication_year")
    public Integer publicationYear;

    @Column(name = "publication_seq")
    public Integer publicationSeq;

    public String number;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Version
    public long version;

    static Notice draft(String programmeCode, int year, String title, String text, LocalDate parksAsOf, String by,
                        OffsetDateTime at) {
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.programmeCode = programmeCode;
        notice.year = year;
        notice.title = title;
        notice.text = text;
        notice.status = NoticeStatus.DRAFT;
        notice.parksAsOf = parksAsOf;
        notice.draftedBy = by;
        notice.draftedAt = at;
        notice.updatedBy = by;
        notice.updatedAt = at;
        return notice;
    }

    /** Title and text of a draft changed (the caller checked {@link NoticeStatus#canEdit}). */
    void edit(String title, String text, String by, OffsetDateTime at) {
        this.title = title;
        this.text = text;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The named parks were chosen again from the overdue list of {@code asOf}. */
    void parksRetaken(LocalDate asOf) {
        this.parksAsOf = asOf;
    }

    /** Numbered and dated: final from now on (the caller checked {@link NoticeStatus#canPublish}). */
    void publish(int year, int sequence, String number, LocalDate on, String by, OffsetDateTime at) {
        this.status = NoticeStatus.PUBLISHED;
        this.publicationYear = year;
        this.publicationSeq = sequence;
        this.number = number;
        this.publishedOn = on;
        this.publishedBy = by;
        this.publishedAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
