package cn.gov.shandong.circular.reporting.notice;

import cn.gov.shandong.circular.common.lifecycle.StateTable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a notice (通报) stands, and the only place that says which moves are allowed:
 *
 * <pre>
 * (the province drafts it) --> DRAFT
 * DRAFT --the province publishes it--> PUBLISHED
 * </pre>
 * A published notice is final (terminal; V7's check and triggers refuse any change to it in SQL as well, which
 * {@code NoticeStatusMatchesMigrationsTest} compares with this enum). Editing a draft is not a move: it stays a
 * DRAFT ({@link #canEdit()}).
 */
@Schema(name = "NoticeStatus", description = "DRAFT: the province's working copy, seen by province-admin only; "
        + "PUBLISHED: numbered, dated and final")
public enum NoticeStatus {
    /** The province's working copy: edited, not yet seen by the cities. */
    DRAFT,
    /** Numbered, dated and final: the document the cities and parks receive. */
    PUBLISHED;

    /** The allowed moves. */
    public static final StateTable<NoticeStatus> TABLE = StateTable.of(NoticeStatus.class)
            .allow(DRAFT, PUBLISHED)
            .build();

    /** May the province change its title, text and parks? Only a draft's. */
    public boolean canEdit() {
        return this == DRAFT;
    }
}
