package cn.gov.shandong.circular.parks.registry;

import cn.gov.shandong.circular.common.web.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problem of an import refused row by row: 422 {@code import-rejected} listing every rejection. */
public final class ImportProblems {

    public static final String TYPE = Problems.TYPE_PREFIX + "import-rejected";

    private ImportProblems() {
    }

    public static HttpProblem rejected(int rows, List<ImportRules.Rejection> rejections) {
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
        return HttpProblem.builder()
                .withType(URI.create(TYPE))
                .withStatus(422)
                .withTitle("The import was refused; nothing was stored")
                .withDetail(rejections.size() + " rejection(s) in " + rejectedRows + " row(s) of " + rows
                        + "; first: row " + first.row() + ", " + first.field() + ": " + first.message())
                .with("field", first.field())
                .with("rows", rows)
                .with("rejections", listed)
                .build();
    }
}
