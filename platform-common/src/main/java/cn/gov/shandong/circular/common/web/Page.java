package cn.gov.shandong.circular.common.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

/**
 * One page of a list: every list endpoint answers in this shape.
 *
 * @param items the page's items
 * @param page  0-based page index
 * @param size  requested page size
 * @param total number of items across all pages
 */
public record Page<T>(
        @Schema(maxItems = PageRequest.MAX_SIZE) List<T> items,
        @Schema(minimum = "0", maximum = "1000000", example = "0") int page,
        @Schema(minimum = "1", maximum = "200", example = "20") int size,
        @Schema(minimum = "0", maximum = "9223372036854775807", example = "106") long total) {
}
