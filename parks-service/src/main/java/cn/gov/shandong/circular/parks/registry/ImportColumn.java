package cn.gov.shandong.circular.parks.registry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an import file (docs/api.md, "Importing the registry"). A header cell names a column in English
 * or Chinese, or both ("园区名称/name", "园区名称 (name)"); case, spaces and underscores do not matter.
 */
public enum ImportColumn {
    NAME("name", true, "name", "parkName", "园区名称", "名称"),
    CITY_CODE("cityCode", true, "cityCode", "city", "城市代码", "市代码", "所在市代码", "行政区划代码"),
    LEVEL("level", true, "level", "园区级别", "级别", "园区类别"),
    ZONE_KIND("zoneKind", true, "zoneKind", "园区类型", "开发区类型"),
    CREDIT_CODE("unifiedSocialCreditCode", false, "unifiedSocialCreditCode", "creditCode", "统一社会信用代码");

    /** The field name a rejection names (the API's property names). */
    public final String field;
    public final boolean required;
    private final List<String> aliases;

    ImportColumn(String field, boolean required, String... aliases) {
        this.field = field;
        this.required = required;
        this.aliases = List.of(aliases).stream().map(ImportColumn::normalise).toList();
    }

    /** The column a header cell names, if any: any part of "中文/English" or "中文 (English)" may name it. */
    public static Optional<ImportColumn> named(String header) {
        if (header == null) {
            return Optional.empty();
        }
        for (String part : header.split("[/／|()（）]")) {
            String key = normalise(part);
            if (key.isEmpty()) {
                continue;
            }
            for (ImportColumn column : values()) {
                if (column.aliases.contains(key)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }

    private static String normalise(String text) {
        return text.replace("\uFEFF", "").replaceAll("[\\s_\\-*]", "").toLowerCase(Locale.ROOT);
    }
}
