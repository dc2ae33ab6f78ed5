package cn.gov.shandong.circular.acceptance.document;

import cn.gov.shandong.circular.events.DocumentCategory;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A supporting document of an acceptance application: what it is, never its bytes ({@link DocumentContent}). */
@Entity
@Table(name = "application_document")
public class ApplicationDocument extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    @Column(name = "park_code", nullable = false, updatable = false)
    public String parkCode;

    @Column(name = "city_code", nullable = false, updatable = false)
    public String cityCode;

    @Column(updatable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public DocumentCategory category;

    @Column(name = "file_name", nullable = false, updatable = false)
    public String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public long sizeBytes;

    @Column(nullable = false, updatable = false)
    public String sha256;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    public OffsetDateTime uploadedAt;
}
