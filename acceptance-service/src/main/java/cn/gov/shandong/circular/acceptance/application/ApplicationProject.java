package cn.gov.shandong.circular.acceptance.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** The completion the park reported for one project of its approved plan. */
@Entity
@Table(name = "application_project")
public class ApplicationProject extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "application_id") UUID applicationId,
                      @Column(name = "project_id") UUID projectId) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectCompletion completion;

    public String note;
}
