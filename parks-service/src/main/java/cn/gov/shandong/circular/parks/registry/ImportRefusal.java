package cn.gov.shandong.circular.parks.registry;

import cn.gov.shandong.circular.common.domain.RuleViolated;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The refusal of an import row by row (rule {@code import-rejected}): the first rejection's field, the number of
 * parks in the file ({@code rows}) and every rejection ({@code rejections}), in that order.
 */
public final class ImportRefusal {

    /** The rule's stable name, the last part of its problem type. */
    public static final String RULE = "import-rejected";

    private ImportRefusal() {
    }

    public static RuleViolated of(int rows, List<ImportRules.Rejection> rejections) {
        List<Map<String, Object>> listed = rejections.stream().map(r -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("row", r.row());
            entry.put("field", r.field());
            entry.put("value", r.value());
            entry.put("message", r.message());
            return entry;
        }).toList();
        ImportRules.Rejection first = rejections.get(0);
        long rejectedRows = rejections.stream().mapToInt(ImportRules.Rejection::row).distinct().count();
        return RuleViolated.notMet(RULE, "The import was refused; nothing was stored", first.field(),
                        rejections.size() + " rejection(s) in " + rejectedRows + " row(s) of " + rows
                                + "; first: row " + first.row() + ", " + first.field() + ": " + first.message())
                .with("rows", rows)
                .with("rejections", listed);
    }
}
