package cn.gov.shandong.circular.acceptance.document;

import cn.gov.shandong.circular.events.DocumentCategory;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A supporting document as the API shows it: what it is and who attached it, not its bytes. */
@Schema(name = "ApplicationDocument", description = "A supporting document (佐证材料) of an acceptance application")
public record DocumentView(
        @Schema(description = "The document's id", example = "4f6a8c0e-2b4d-4f6a-9c0e-2b4d6f8a0c85", maxLength = 36)
        UUID id,
        @Schema(description = "The application it supports", example = "5e1a7c3d-2b4f-4e6a-8c0d-9f1b3d5e7a21", maxLength = 36)
        UUID applicationId,
        @Schema(description = "The title the park gave it, or null", example = "2020年度循环化改造验收报告", maxLength = 200,
                nullable = true)
        String title,
        @Schema(description = "What the document is (OTHER when the upload named none)", example = "ACCEPTANCE_REPORT",
                maxLength = 17)
        DocumentCategory category,
        @Schema(description = "The file's name as uploaded, without path or control characters",
                example = "桓台经济开发区验收报告.pdf", maxLength = 255)
        String fileName,
        @Schema(description = "The media type read from the content (a download answers with it)",
                example = "application/pdf", maxLength = 100)
        String mediaType,
        @Schema(description = "Size in bytes (at most 20 MiB)", example = "482133", minimum = "1", maximum = "20971520")
        long sizeBytes,
        @Schema(description = "SHA-256 of the content, lower-case hex; the download's ETag",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", maxLength = 64,
                pattern = "^[0-9a-f]{64}$")
        String sha256,
        @Schema(description = "Who attached it", example = "huantai.manager", maxLength = 200)
        String uploadedBy,
        @Schema(description = "When it was attached", example = "2020-11-16T02:15:30.125Z", maxLength = 35)
        OffsetDateTime uploadedAt) {

    static DocumentView of(ApplicationDocument document) {
        return new DocumentView(document.id, document.applicationId, document.title, document.category,
                document.fileName, document.mediaType, document.sizeBytes, document.sha256, document.uploadedBy,
                document.uploadedAt);
    }
}
