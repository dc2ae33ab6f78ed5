package cn.gov.shandong.circular.reporting.notice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a notice (通报) stands, and the only place that says which moves are allowed:
 * {@code DRAFT --edit--> DRAFT --publish--> PUBLISHED}; a published notice is final (V7's check and trigger
 * refuse any change to it in SQL as well).
 */
@Schema(name = "NoticeStatus", description = "DRAFT: the province's working copy, seen by province-admin only; "
        + "PUBLISHED: numbered, dated and final")
public enum NoticeStatus {
    /** The province's working copy: edited, not yet seen by the cities. */
    DRAFT,
    /** Numbered, dated and final: the document the cities and parks receive. */
    PUBLISHED;

    public boolean canEdit() {
        return this == DRAFT;
    }

    public boolean canPublish() {
        return this == DRAFT;
    }
}
