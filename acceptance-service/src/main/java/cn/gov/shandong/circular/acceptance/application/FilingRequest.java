package cn.gov.shandong.circular.acceptance.application;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The province's filing (备案); the body and its remarks are optional. */
public record FilingRequest(@Size(max = ApplyRequest.TEXT_MAX) @Schema(example = REMARKS_EXAMPLE) String remarks) {

    static final String REMARKS_EXAMPLE = "经审核，同意备案。";
}
