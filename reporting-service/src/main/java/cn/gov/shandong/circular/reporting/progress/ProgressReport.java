package cn.gov.shandong.circular.reporting.progress;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * Planned against completed parks by city and year, in the shape of Attachment 1 of the
 * programme document (one row per city, a column group per year, the cumulative group, the
 * province's totals).
 *
 * @param programme the programme, e.g. {@code 2018-2020}
 * @param asOf      the day (Asia/Shanghai) up to which filings count, or null for all filings so far
 * @param years     the distinct years parks are scheduled in, ascending
 * @param rows      one row per city with scheduled parks, by city code; a last row with cityCode null
 *                  holds the scheduled parks whose registration has not arrived yet
 * @param province  the province's totals, or null for callers who see one city only
 */
public record ProgressReport(@Schema(maxLength = 20, example = "2018-2020") String programme,
                             @Schema(example = "2020-12-31") LocalDate asOf,
                             @Schema(maxItems = MAX_YEARS, description = "The programme's years", example = "[2018, 2019, 2020]") List<Integer> years,
                             @Schema(maxItems = MAX_ROWS, description = "One row per city, and one for parks of unknown city") List<Row> rows,
                             @Schema(nullable = true) Totals province) {

    /** Longest programme the contract allows for (the programmes run 3 to 5 years). */
    public static final int MAX_YEARS = 100;
    /** Most rows: Shandong's prefecture-level cities, past and present (17), and the unknown-city row, with room. */
    public static final int MAX_ROWS = 100;

    /** The city name of the row of scheduled parks that cannot be placed in a city yet. */
    public static final String UNKNOWN_CITY = "unknown";

    /**
     * @param cityCode   GB/T 2260 code, or null for parks not yet registered
     * @param cityName   e.g. 济南市, or {@value #UNKNOWN_CITY}
     * @param years      one cell per year of the report
     * @param cumulative the sum over the years
     */
    public record Row(@Schema(nullable = true, maxLength = 6, example = "370100") String cityCode,
                      @Schema(maxLength = 50, example = "济南市") String cityName,
                      @Schema(maxItems = MAX_YEARS) List<YearCell> years, Cumulative cumulative) {
    }

    /** The province's row: the sum of all rows, including the row of not yet registered parks. */
    public record Totals(@Schema(maxItems = MAX_YEARS) List<YearCell> years, Cumulative cumulative) {
    }

    /**
     * @param planned   parks scheduled to complete in this year
     * @param completed of those, the parks filed (备案) by the report's date
     */
    public record YearCell(@Schema(minimum = "-2147483648", maximum = "2147483647", example = "2018") int year, Counts planned, Counts completed) {
    }

    public record Cumulative(Counts planned, Counts completed) {
    }

    /**
     * @param total      all parks; can exceed national + provincial while a park's level is not known yet
     * @param national   国家级 parks
     * @param provincial 省级 parks
     */
    public record Counts(@Schema(minimum = "0", maximum = "9223372036854775807", example = "3") long total,
                         @Schema(minimum = "0", maximum = "9223372036854775807", example = "1") long national,
                         @Schema(minimum = "0", maximum = "9223372036854775807", example = "2") long provincial) {
    }
}
