package cn.gov.shandong.circular.reporting.notice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of notices; the {@code @Schema} limits document exactly what the validation enforces. */
public final class NoticeRequests {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 20000;
    /** The parks one notice may name: the whole overdue list of a year of the 2018-2020 programme is far fewer. */
    public static final int PARKS_MAX = 200;

    private NoticeRequests() {
    }

    /** The province drafts a notice from the overdue list of a programme year. */
    @Schema(name = "NoticeDraft")
    public record Draft(
            @Schema(required = true, maxLength = 20, examples = "2018-2020") @NotBlank @Size(max = 20) String programmeCode,
            @Schema(required = true, minimum = "2000", maximum = "2100", examples = "2020",
                    description = "The programme year whose overdue parks are named; one of the programme's years")
            @NotNull @Min(2000) @Max(2100) Integer year,
            @Schema(required = true, maxLength = TITLE_MAX, examples = "关于2020年度园区循环化改造逾期未完成情况的通报")
            @NotBlank @Size(max = TITLE_MAX) String title,
            @Schema(required = true, maxLength = TEXT_MAX,
                    examples = "各市工业和信息化局：截至2021年3月10日，下列园区未按计划完成循环化改造验收备案，现予通报。")
            @NotBlank @Size(max = TEXT_MAX) String text,
            @Schema(maxItems = PARKS_MAX, description = "The parks to name, each on the year's overdue list today; "
                    + "absent: the whole list", examples = "[\"SDP072\", \"SDP081\"]")
            @Size(min = 1, max = PARKS_MAX) List<@NotBlank @Size(max = 20) String> parkCodes) {
    }

    /** A draft's new title and text, and optionally its parks chosen again from today's overdue list. */
    @Schema(name = "NoticeEdit")
    public record Edit(
            @Schema(required = true, maxLength = TITLE_MAX, examples = "关于2020年度园区循环化改造逾期未完成情况的通报")
            @NotBlank @Size(max = TITLE_MAX) String title,
            @Schema(required = true, maxLength = TEXT_MAX,
                    examples = "各市工业和信息化局：截至2021年3月12日，下列园区未按计划完成循环化改造验收备案，现予通报。")
            @NotBlank @Size(max = TEXT_MAX) String text,
            @Schema(maxItems = PARKS_MAX, description = "The parks to name instead, each on the year's overdue list "
                    + "today; absent: the named parks stay as they are", examples = "[\"SDP072\"]")
            @Size(min = 1, max = PARKS_MAX) List<@NotBlank @Size(max = 20) String> parkCodes) {
    }
}
