package cn.gov.shandong.circular.reporting;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads GET /api/v1/progress and renders it line for line like docs/attachment-1.csv. */
final class ProgressTables {

    private ProgressTables() {
    }

    static JsonPath progress(String token, String query) {
        return given().auth().oauth2(token)
                .when().get("/api/v1/progress" + query)
                .then().statusCode(200)
                .extract().jsonPath();
    }

    /**
     * "province,全省合计,..." (if the caller sees the province) then "cityCode,cityName,2018 t,n,p,...,cumulative
     * t,n,p" per row, for either the planned or the completed counts.
     */
    @SuppressWarnings("unchecked")
    static List<String> lines(JsonPath progress, String counts) {
        List<String> lines = new ArrayList<>();
        Map<String, Object> province = progress.getMap("province");
        if (province != null) {
            lines.add("province,全省合计," + cells(province, counts));
        }
        for (Map<String, Object> row : progress.<Map<String, Object>>getList("rows")) {
            lines.add(row.get("cityCode") + "," + row.get("cityName") + "," + cells(row, counts));
        }
        return lines;
    }

    /** The attachment's lines with every count 0: what "completed" shows before any filing. */
    static List<String> zeros(List<String> lines) {
        return lines.stream().map(line -> {
            String[] f = line.split(",");
            for (int i = 2; i < f.length; i++) {
                f[i] = "0";
            }
            return String.join(",", f);
        }).toList();
    }

    /** Replaces the count at a line (by its first field) and column (0-based, as in the CSV). */
    static List<String> with(List<String> lines, String first, int column, String value) {
        return lines.stream().map(line -> {
            String[] f = line.split(",");
            if (f[0].equals(first)) {
                f[column] = value;
            }
            return String.join(",", f);
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static String cells(Map<String, Object> row, String counts) {
        List<String> cells = new ArrayList<>();
        for (Map<String, Object> year : (List<Map<String, Object>>) row.get("years")) {
            cells.add(triple((Map<String, Object>) year.get(counts)));
        }
        cells.add(triple((Map<String, Object>) ((Map<String, Object>) row.get("cumulative")).get(counts)));
        return String.join(",", cells);
    }

    private static String triple(Map<String, Object> c) {
        return List.of(c.get("total"), c.get("national"), c.get("provincial")).stream()
                .map(String::valueOf).collect(Collectors.joining(","));
    }
}
