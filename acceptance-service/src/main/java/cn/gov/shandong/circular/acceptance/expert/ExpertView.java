package cn.gov.shandong.circular.acceptance.expert;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An expert of the roster as the API shows it. */
public record ExpertView(@Schema(maxLength = 200, description = "The expert's user name (Keycloak preferred_username)", example = "expert.zhang") String username,
                         @Schema(maxLength = 100, example = "张丽华") String name,
                         @Schema(maxLength = 200, example = "山东大学环境科学与工程学院") String organisation,
                         @Schema(nullable = true, maxLength = 200, example = "工业固体废物综合利用") String specialty,
                         @Schema(description = "Only active experts may be put on a panel", example = "true") boolean active,
                         @Schema(maxItems = ExpertRequest.CONFLICTS_MAX, examples = "[\"SDP002\"]",
                                 description = "Parks the expert declared a conflict of interest with (回避), in code order")
                         List<@Size(max = 20) @Pattern(regexp = "SDP[0-9]{3,17}") String> conflictParks,
                         @Schema(maxLength = 200, example = "province.admin") String updatedBy,
                         @Schema(example = "2018-09-01T09:00:00+08:00") OffsetDateTime updatedAt,
                         @Schema(minimum = "0", maximum = "9223372036854775807", example = "0") long version) {

    static ExpertView of(Expert expert) {
        return new ExpertView(expert.username, expert.name, expert.organisation, expert.specialty, expert.active,
                List.copyOf(expert.conflictParks), expert.updatedBy, expert.updatedAt, expert.version);
    }
}
