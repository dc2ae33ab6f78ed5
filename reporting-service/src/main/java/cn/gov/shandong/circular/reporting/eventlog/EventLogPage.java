package cn.gov.shandong.circular.reporting.eventlog;

import cn.gov.shandong.circular.common.web.PageRequest;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of the event log. With {@code after}/{@code limit} (cursor pages, in the order of appending):
 * nextCursor and hasMore are set and page, size and total are null. With {@code page}/{@code size} (the
 * older offset pages, newest first): the reverse.
 *
 * @param items      the page's entries
 * @param nextCursor cursor pages: where the next page starts (after this page's last entry; the given cursor
 *                   again when the page is empty), to be sent as {@code after}; it stays valid as events are appended
 * @param hasMore    cursor pages: whether more matching entries followed when the page was read
 * @param page       offset pages: 0-based page index
 * @param size       offset pages: requested page size
 * @param total      offset pages: matching entries across all pages
 */
public record EventLogPage(
        @Schema(maxItems = PageRequest.MAX_SIZE) List<LoggedEvent> items,
        @Schema(nullable = true, maxLength = EventCursor.MAX_LENGTH, pattern = EventCursor.PATTERN, example = "c2VxOjUzMA")
        String nextCursor,
        @Schema(nullable = true, example = "true") Boolean hasMore,
        @Schema(nullable = true, minimum = "0", maximum = "1000000", example = "0") Integer page,
        @Schema(nullable = true, minimum = "1", maximum = "200", example = "20") Integer size,
        @Schema(nullable = true, minimum = "0", maximum = "9223372036854775807", example = "530") Long total) {
}
