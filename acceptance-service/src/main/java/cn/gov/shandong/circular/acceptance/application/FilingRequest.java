package cn.gov.shandong.circular.acceptance.application;

import jakarta.validation.constraints.Size;

/** The province's filing (备案); the body and its remarks are optional. */
public record FilingRequest(@Size(max = ApplyRequest.TEXT_MAX) String remarks) {
}
