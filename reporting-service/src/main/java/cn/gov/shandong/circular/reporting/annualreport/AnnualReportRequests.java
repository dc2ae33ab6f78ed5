package cn.gov.shandong.circular.reporting.annualreport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of annual reports; the limits are those of the table (V8). */
public final class AnnualReportRequests {

    public static final int PROGRESS_MAX = 10000;
    public static final int PROBLEMS_MAX = 5000;
    public static final int SUGGESTIONS_MAX = 5000;
    public static final int REASONS_MAX = 10;
    public static final int REASON_MAX = 1000;

    static final String CONTENT_EXAMPLE = """
            {"progress": "2019年全市2个园区通过验收并备案，1个园区逾期未完成。",
             "problems": "个别园区循环化改造项目资金不足。",
             "suggestions": "建议省级财政加大对循环化改造重点项目的支持。"}""";
    static final String RETURN_EXAMPLE = """
            {"reasons": ["请说明逾期园区的整改措施和完成时间。"]}""";

    private AnnualReportRequests() {
    }

    /** The texts of a report; each replaces what was saved (null clears it). */
    @Schema(name = "AnnualReportContent")
    public record Content(
            @Schema(maxLength = PROGRESS_MAX, nullable = true, examples = "2019年全市2个园区通过验收并备案。",
                    description = "进展情况; required to submit") @Size(max = PROGRESS_MAX) String progress,
            @Schema(maxLength = PROBLEMS_MAX, nullable = true, examples = "个别园区项目资金不足。", description = "存在问题")
            @Size(max = PROBLEMS_MAX) String problems,
            @Schema(maxLength = SUGGESTIONS_MAX, nullable = true, examples = "建议加大财政支持。", description = "意见建议")
            @Size(max = SUGGESTIONS_MAX) String suggestions) {
    }

    /** The province sends a submitted report back for revision. */
    @Schema(name = "AnnualReportReturn")
    public record Return(
            @Schema(required = true, minItems = 1, maxItems = REASONS_MAX, examples = "[\"请说明逾期园区的整改措施。\"]",
                    description = "Why: 1-10 texts, none blank")
            @NotNull @Size(min = 1, max = REASONS_MAX)
            List<@NotBlank @Size(max = REASON_MAX) String> reasons) {
    }
}
