package cn.gov.shandong.circular.events;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code acceptance.document-attached}: the park attached a supporting document to its application.
 * The content stays in acceptance-service; the event says which file it was (name, media type found in
 * the content, size and SHA-256), so a consumer can tell documents apart and check a download.
 *
 * @param fileName  the file name as stored (path and control characters removed)
 * @param mediaType the media type read from the content (one of {@link #MEDIA_TYPES})
 * @param sizeBytes 1 to {@link #MAX_SIZE_BYTES}
 * @param sha256    the content's SHA-256, 64 lower-case hex digits
 */
public record AcceptanceDocumentAttached(UUID applicationId, String parkCode, String cityCode, UUID documentId,
                                         String fileName, String mediaType, long sizeBytes, String sha256,
                                         DocumentCategory category) implements AcceptanceEvent.AboutApplication {

    public static final String TYPE = "acceptance.document-attached";
    /** 20 MiB: the largest document the platform stores. */
    public static final long MAX_SIZE_BYTES = 20L * 1024 * 1024;
    public static final int FILE_NAME_MAX = 255;
    /** The media types acceptance-service recognises from a document's content. */
    public static final List<String> MEDIA_TYPES = List.of(
            "application/pdf",
            "image/png",
            "image/jpeg",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint");
    static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public AcceptanceDocumentAttached {
        Check.of(TYPE)
                .present("applicationId", applicationId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .present("documentId", documentId)
                .text("fileName", fileName, FILE_NAME_MAX)
                .present("mediaType", mediaType)
                .rule(mediaType == null || MEDIA_TYPES.contains(mediaType), "mediaType " + mediaType
                        + " is not one of " + MEDIA_TYPES)
                .rule(sizeBytes >= 1 && sizeBytes <= MAX_SIZE_BYTES, "sizeBytes must be between 1 and "
                        + MAX_SIZE_BYTES + ", not " + sizeBytes)
                .matches("sha256", sha256, SHA_256, 64, "a SHA-256 in 64 lower-case hex digits")
                .present("category", category)
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
