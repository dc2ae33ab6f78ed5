package cn.gov.shandong.circular.plans.schedule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of schedule changes; Bean Validation names the field of each refusal. */
public final class ScheduleRequests {

    /** Parks scheduled in one request: the province's whole list for a programme fits (Attachment 2 has 106). */
    public static final int ENTRIES_MAX = 500;
    public static final int REASON_MAX = 500;

    private ScheduleRequests() {
    }

    /** Parks to schedule into a programme, all or none. */
    @Schema(name = "ScheduleParks")
    public record Schedule(
            @NotEmpty @Size(max = ENTRIES_MAX) @Valid
            @Schema(required = true, minItems = 1, maxItems = ENTRIES_MAX) List<@NotNull Entry> entries,
            @Size(max = REASON_MAX) @Schema(nullable = true, maxLength = REASON_MAX,
                    examples = "2021年第一批纳入推进方案的园区") String reason) {
    }

    /** One park and the year by which it is to complete, within the programme's years. */
    @Schema(name = "ScheduleParkEntry")
    public record Entry(
            @NotBlank @Size(max = 20) @Pattern(regexp = "SDP\\d{3,17}", message = "must be a park code such as SDP001")
            @Schema(required = true, maxLength = 20, pattern = "^SDP[0-9]{3,17}$", examples = "SDP001") String parkCode,
            @NotNull @Min(2000) @Max(2100) @Schema(required = true, minimum = "2000", maximum = "2100", examples = "2023")
            Integer year) {
    }

    /** Moves a scheduled park to another year of the programme. */
    @Schema(name = "RescheduleParkRequest")
    public record Move(
            @NotNull @Min(2000) @Max(2100) @Schema(required = true, minimum = "2000", maximum = "2100", examples = "2024")
            Integer year,
            @NotBlank @Size(max = REASON_MAX) @Schema(required = true, maxLength = REASON_MAX,
                    examples = "园区管理机构调整，改造项目顺延一年") String reason) {
    }

    /** Takes a park out of the programme. */
    @Schema(name = "WithdrawParkRequest")
    public record Withdrawal(
            @NotBlank @Size(max = REASON_MAX) @Schema(required = true, maxLength = REASON_MAX,
                    examples = "园区已于2018-2020年推进方案中完成循环化改造") String reason) {
    }
}
