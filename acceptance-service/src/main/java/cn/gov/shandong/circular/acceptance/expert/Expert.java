package cn.gov.shandong.circular.acceptance.expert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** An expert of the province's roster (专家库), who may sit on review panels while active. */
@Entity
@Table(name = "expert")
public class Expert extends PanacheEntityBase {

    @Id
    public String username;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String organisation;

    public String specialty;

    @Column(nullable = false)
    public boolean active;

    @Version
    public long version;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
