package cn.gov.shandong.circular.acceptance.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of one supporting document, in a table of their own so that lists never read them. */
@Entity
@Table(name = "application_document_content")
public class DocumentContent extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public UUID documentId;

    @Column(nullable = false, updatable = false)
    public byte[] content;
}
