package cn.gov.shandong.circular.acceptance.application;

import cn.gov.shandong.circular.events.ReviewOutcome;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The city's review against the provincial evaluation method; a score is required to pass or fail. */
public record ReviewRequest(@NotNull ReviewOutcome outcome,
                            @Min(0) @Max(100) Integer score,
                            @Size(max = ApplyRequest.TEXT_MAX) String comments) {
}
