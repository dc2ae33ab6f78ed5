package cn.gov.shandong.circular.reporting.eventlog;

import cn.gov.shandong.circular.reporting.eventlog.HashChain.BreakReason;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer of GET /api/v1/events/verify: how much of the hash chain was recomputed, and the first entry
 * that does not fit, if any.
 *
 * @param algorithm      the canonical text and hash the entries were checked with
 * @param fromSeq        the first seq checked
 * @param toSeq          the last entry of the log when the check began (later appends are not checked); null for an empty log
 * @param verified       entries checked and found intact (before the first break, if any)
 * @param intact         true when every entry from fromSeq to toSeq fits
 * @param lastSeq        the last entry found intact: record it with lastHash, outside the database, as an anchor for later checks
 * @param lastHash       that entry's hash
 * @param firstBrokenSeq the first entry that does not fit (the one after a gap; the recorded seq for a cut-off end)
 * @param eventId        that entry's event id
 * @param reason         the first check it fails
 * @param detail         what was expected and found
 * @param elapsedMillis  how long the check took
 */
public record ChainVerification(
        @Schema(maxLength = 40, example = HashChain.ALGORITHM) String algorithm,
        @Schema(minimum = "1", maximum = "9223372036854775807", example = "1") long fromSeq,
        @Schema(nullable = true, minimum = "0", maximum = "9223372036854775807", example = "530") Long toSeq,
        @Schema(minimum = "0", maximum = "9223372036854775807", example = "411") long verified,
        @Schema(example = "false") boolean intact,
        @Schema(nullable = true, minimum = "0", maximum = "9223372036854775807", example = "411") Long lastSeq,
        @Schema(nullable = true, maxLength = 64, pattern = "^[0-9a-f]{64}$",
                example = "c97bd65308db0bdb9465887c9ab96d06c4fbd5cc82a799a745e03ebb251d91f7") String lastHash,
        @Schema(nullable = true, minimum = "1", maximum = "9223372036854775807", example = "412") Long firstBrokenSeq,
        @Schema(nullable = true, maxLength = 36, example = "5b0e7f0a-8a1e-4f55-9a43-0c6f1f2f7d10") UUID eventId,
        @Schema(nullable = true, maxLength = 22, example = "HASH_MISMATCH") BreakReason reason,
        @Schema(nullable = true, maxLength = 500,
                example = "stored hash 8d2b4c9bb2239b5e0f4c6a1d7e3f9a2b8c5d1e6f0a3b7c4d9e2f8a1b6c3d0e5f7, recomputed "
                        + "97abf953b6296c0e1d8f2a4b7c3e9d5f1a6b0c8e2d4f7a9b3c5e1d6f8a0b2c4d: the entry was changed after it was appended")
        String detail,
        @Schema(minimum = "0", maximum = "9223372036854775807", example = "180") long elapsedMillis) {
}
