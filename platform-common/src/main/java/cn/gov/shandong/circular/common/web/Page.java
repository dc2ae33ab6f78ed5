package cn.gov.shandong.circular.common.web;

import java.util.List;

/**
 * One page of a list: every list endpoint answers in this shape.
 *
 * @param items the page's items
 * @param page  0-based page index
 * @param size  requested page size
 * @param total number of items across all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {
}
