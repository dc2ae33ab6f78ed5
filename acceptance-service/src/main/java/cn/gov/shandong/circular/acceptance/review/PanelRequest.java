package cn.gov.shandong.circular.acceptance.review;

import cn.gov.shandong.circular.events.ReviewPanelAssigned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The review's expert panel: at least three active experts of the roster, each once. */
public record PanelRequest(@NotNull @Size(min = ReviewPanelAssigned.PANEL_MIN, max = ReviewPanelAssigned.PANEL_MAX)
                           @Schema(example = "[\"expert.wang\", \"expert.zhang\", \"expert.liu\"]")
                           List<@NotBlank @Size(max = 200) String> experts) {
}
