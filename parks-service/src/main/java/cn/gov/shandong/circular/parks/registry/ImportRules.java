package cn.gov.shandong.circular.parks.registry;

import cn.gov.shandong.circular.common.web.RequestText;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkRegistered;
import cn.gov.shandong.circular.events.ZoneKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a bulk import's rows must meet, on plain data (no database): every column present, every value valid,
 * the city known and not abolished, no name or credit code twice in the file or already in the registry. Every
 * rule is checked on every row, so one answer lists every rejection.
 */
public final class ImportRules {

    /** What the rules need to know of the registry. */
    public interface Registry {

        Optional<City> city(String code);

        /** The code of the park that has this name, retired parks included (names are never reused). */
        Optional<String> parkNamed(String name);

        /** The code of the park that has this credit code. */
        Optional<String> parkWithCreditCode(String creditCode);
    }

    /** A city as the rules see it. */
    public record City(String code, String name, LocalDate abolishedOn, String successorCode) {
    }

    /**
     * A rejected value.
     *
     * @param row     the row number in the file (the header is row 1 when it is the first line)
     * @param field   the column (the API's field name), or {@code header}/{@code body} for the file as a whole
     * @param value   the value as given, shortened to 100 characters; null when the cell is empty
     * @param message what is wrong
     */
    public record Rejection(int row, String field, String value, String message) {
    }

    /** A row that passed every rule: a park to register. */
    public record Candidate(int row, String name, City city, ParkLevel level, ZoneKind zoneKind, String creditCode) {
    }

    /** The rows that pass, or every rejection (then no row is to be registered). */
    public record Outcome(List<Candidate> candidates, List<Rejection> rejections) {

        public boolean accepted() {
            return rejections.isEmpty();
        }
    }

    private static final Map<String, ParkLevel> LEVELS = Map.of(
            "NATIONAL", ParkLevel.NATIONAL, "国家级", ParkLevel.NATIONAL,
            "PROVINCIAL", ParkLevel.PROVINCIAL, "省级", ParkLevel.PROVINCIAL);
    private static final Map<String, ZoneKind> ZONE_KINDS = new HashMap<>();

    static {
        for (ZoneKind kind : ZoneKind.values()) {
            ZONE_KINDS.put(kind.name(), kind);
        }
        ZONE_KINDS.put("经济技术开发区", ZoneKind.ECONOMIC_AND_TECHNOLOGICAL_DEVELOPMENT_ZONE);
        ZONE_KINDS.put("高新技术产业开发区", ZoneKind.HIGH_TECH_INDUSTRIAL_DEVELOPMENT_ZONE);
        ZONE_KINDS.put("高新区", ZoneKind.HIGH_TECH_INDUSTRIAL_DEVELOPMENT_ZONE);
        ZONE_KINDS.put("经济开发区", ZoneKind.ECONOMIC_DEVELOPMENT_ZONE);
        ZONE_KINDS.put("工业园区", ZoneKind.INDUSTRIAL_PARK);
        ZONE_KINDS.put("产业园区", ZoneKind.INDUSTRIAL_PARK);
    }

    private ImportRules() {
    }

    public static Outcome check(ImportSheet sheet, Registry registry) {
        List<Rejection> rejections = new ArrayList<>();
        Map<ImportColumn, Integer> columns = columns(sheet.header(), rejections);
        if (!rejections.isEmpty()) {
            return new Outcome(List.of(), rejections);
        }
        if (sheet.rows().isEmpty()) {
            rejections.add(new Rejection(sheet.header().number(), "body", null, "The file names the columns but has no park"));
            return new Outcome(List.of(), rejections);
        }
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Integer> rowOfName = new HashMap<>();
        Map<String, Integer> rowOfCreditCode = new HashMap<>();
        for (ImportSheet.Row row : sheet.rows()) {
            int before = rejections.size();
            Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
            columns.forEach((column, index) -> values.put(column, trimmed(row.cell(index))));
            for (int i = 0; i < row.cells().size(); i++) {
                if (!columns.containsValue(i) && row.cell(i) != null && !row.cell(i).isBlank()) {
                    rejections.add(new Rejection(row.number(), "column " + (i + 1), shortened(row.cell(i)),
                            "A value in a column without a header"));
                }
            }
            String name = name(row.number(), values.get(ImportColumn.NAME), registry, rowOfName, rejections);
            City city = city(row.number(), values.get(ImportColumn.CITY_CODE), registry, rejections);
            ParkLevel level = level(row.number(), values.get(ImportColumn.LEVEL), rejections);
            ZoneKind zoneKind = zoneKind(row.number(), values.get(ImportColumn.ZONE_KIND), rejections);
            String creditCode = creditCode(row.number(), values.get(ImportColumn.CREDIT_CODE), registry, rowOfCreditCode,
                    rejections);
            if (rejections.size() == before) {
                candidates.add(new Candidate(row.number(), name, city, level, zoneKind, creditCode));
            }
        }
        return rejections.isEmpty() ? new Outcome(candidates, List.of()) : new Outcome(List.of(), rejections);
    }

    /** The column of each header cell; every required column present, none twice, none unknown. */
    static Map<ImportColumn, Integer> columns(ImportSheet.Row header, List<Rejection> rejections) {
        Map<ImportColumn, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cell(i);
            if (text == null || text.isBlank()) {
                continue;
            }
            Optional<ImportColumn> column = ImportColumn.named(text);
            if (column.isEmpty()) {
                rejections.add(new Rejection(header.number(), "header", shortened(text), "Unknown column " + (i + 1)
                        + "; the columns are name (园区名称), cityCode (城市代码), level (园区级别), zoneKind (园区类型)"
                        + " and optionally unifiedSocialCreditCode (统一社会信用代码)"));
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                rejections.add(new Rejection(header.number(), column.get().field, shortened(text),
                        "Column " + column.get().field + " is named twice (columns " + (columns.get(column.get()) + 1)
                                + " and " + (i + 1) + ")"));
            }
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required && !columns.containsKey(column)) {
                rejections.add(new Rejection(header.number(), column.field, null, "The header lacks the column "
                        + column.field));
            }
        }
        return columns;
    }

    private static String name(int row, String name, Registry registry, Map<String, Integer> rowOfName,
                               List<Rejection> rejections) {
        if (name == null) {
            rejections.add(new Rejection(row, "name", null, "A name is required"));
            return null;
        }
        Optional<String> problem = textProblem(name, ParkRegistered.NAME_MAX);
        if (problem.isPresent()) {
            rejections.add(new Rejection(row, "name", shortened(name), problem.get()));
            return null;
        }
        Integer earlier = rowOfName.putIfAbsent(name, row);
        if (earlier != null) {
            rejections.add(new Rejection(row, "name", name, "Row " + earlier + " has the same name"));
        }
        registry.parkNamed(name).ifPresent(code -> rejections.add(new Rejection(row, "name", name,
                "A park of this name is already registered as " + code)));
        return name;
    }

    private static City city(int row, String code, Registry registry, List<Rejection> rejections) {
        if (code == null) {
            rejections.add(new Rejection(row, "cityCode", null, "A city code is required"));
            return null;
        }
        if (!code.matches("\\d{6}")) {
            rejections.add(new Rejection(row, "cityCode", shortened(code), "Not a 6-digit GB/T 2260 city code"));
            return null;
        }
        Optional<City> city = registry.city(code);
        if (city.isEmpty()) {
            rejections.add(new Rejection(row, "cityCode", code, "No city of Shandong has the code " + code));
            return null;
        }
        if (city.get().abolishedOn() != null) {
            rejections.add(new Rejection(row, "cityCode", code, city.get().name() + " was abolished on "
                    + city.get().abolishedOn() + "; register the park under " + city.get().successorCode()));
            return null;
        }
        return city.get();
    }

    private static ParkLevel level(int row, String value, List<Rejection> rejections) {
        if (value == null) {
            rejections.add(new Rejection(row, "level", null, "A level is required (NATIONAL or PROVINCIAL)"));
            return null;
        }
        ParkLevel level = LEVELS.get(value.toUpperCase(Locale.ROOT));
        if (level == null) {
            rejections.add(new Rejection(row, "level", shortened(value),
                    "The level must be NATIONAL (国家级) or PROVINCIAL (省级)"));
        }
        return level;
    }

    private static ZoneKind zoneKind(int row, String value, List<Rejection> rejections) {
        if (value == null) {
            rejections.add(new Rejection(row, "zoneKind", null, "A kind of zone is required"));
            return null;
        }
        ZoneKind kind = ZONE_KINDS.get(value.toUpperCase(Locale.ROOT));
        if (kind == null) {
            rejections.add(new Rejection(row, "zoneKind", shortened(value), "The kind of zone must be one of "
                    + java.util.Arrays.toString(ZoneKind.values())
                    + " (经济技术开发区, 高新技术产业开发区, 经济开发区, 工业园区)"));
        }
        return kind;
    }

    private static String creditCode(int row, String value, Registry registry, Map<String, Integer> rowOfCode,
                                     List<Rejection> rejections) {
        if (value == null) {
            return null;
        }
        Optional<String> problem = CreditCode.problem(value);
        if (problem.isPresent()) {
            rejections.add(new Rejection(row, "unifiedSocialCreditCode", shortened(value),
                    "Not a unified social credit code (GB 32100): " + problem.get()));
            return null;
        }
        Integer earlier = rowOfCode.putIfAbsent(value, row);
        if (earlier != null) {
            rejections.add(new Rejection(row, "unifiedSocialCreditCode", value, "Row " + earlier
                    + " has the same credit code"));
        }
        registry.parkWithCreditCode(value).ifPresent(code -> rejections.add(new Rejection(row,
                "unifiedSocialCreditCode", value, "The park " + code + " already has this credit code")));
        return value;
    }

    /** Too long, or holding characters a name cannot hold (controls, line breaks, broken Unicode). */
    private static Optional<String> textProblem(String text, int max) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            return Optional.of("At most " + max + " characters, not " + length);
        }
        return RequestText.firstUnacceptable(text, false).map(c -> "Holds " + c);
    }

    private static String trimmed(String cell) {
        if (cell == null) {
            return null;
        }
        String value = cell.strip();
        return value.isEmpty() ? null : value;
    }

    private static String shortened(String value) {
        if (value == null) {
            return null;
        }
        return value.codePointCount(0, value.length()) <= 100 ? value
                : value.substring(0, value.offsetByCodePoints(0, 99)) + "…";
    }
}
