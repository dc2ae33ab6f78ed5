package cn.gov.shandong.circular.acceptance.review;

import cn.gov.shandong.circular.events.ReviewPanelAssigned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The review's expert panel: active experts of the roster, each once, as many as the review's score sheet
 * version asks for ({@code ScoreSheet#panelMin} to {@code panelMax}, checked by {@link Reviews}). The bounds
 * here are the widest any sheet may set, as the API and the review-panel-assigned event publish them.
 */
public record PanelRequest(@NotNull @Size(min = ReviewPanelAssigned.PANEL_MIN, max = ReviewPanelAssigned.PANEL_MAX)
                           @Schema(example = "[\"expert.wang\", \"expert.zhang\", \"expert.liu\"]")
                           List<@NotBlank @Size(max = 200) String> experts) {
}
