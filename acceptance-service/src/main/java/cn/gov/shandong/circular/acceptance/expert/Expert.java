package cn.gov.shandong.circular.acceptance.expert;

import cn.gov.shandong.circular.common.domain.RuleViolated;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;

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

    /** Parks the expert declared a conflict of interest with (回避): never on their panels or spot checks. */
    @ElementCollection
    @CollectionTable(name = "expert_conflict_park", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "park_code")
    public Set<String> conflictParks = new TreeSet<>();

    @Column(nullable = false)
    public boolean active;

    @Version
    public long version;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The rule conflict-of-interest: the expert named in {@code field} declared one with the park concerned. */
    public static RuleViolated conflictOfInterest(String field, String detail) {
        return RuleViolated.notMet("conflict-of-interest", "Conflict of interest", field, detail);
    }

    /** Whether the roster's entry of this user declares a conflict of interest with the park. */
    public static boolean declaredConflict(String username, String parkCode) {
        Expert expert = findById(username);
        return expert != null && expert.conflictParks.contains(parkCode);
    }
}
