package cn.gov.shandong.circular.acceptance.spotcheck;

import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.SpotCheckOutcome;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of spot checks (抽查). */
public final class SpotCheckRequests {

    public static final int NAME_MAX = 200;
    public static final int CITIES_MAX = 20;
    public static final int YEARS_MAX = 20;
    public static final int EXPERTS_MAX = 20;
    public static final int USERNAME_MAX = 200;
    public static final int REASONS_MAX = 20;
    public static final int REASON_MAX = 1000;
    public static final int SAMPLE_MAX = 1000;
    static final String ROUND_CODE = "^[0-9]{4}-[0-9]{2}$";
    static final String SEED = "^[A-Za-z0-9._-]{1,64}$";
    static final String USERNAME = "^[A-Za-z0-9._@-]{1,200}$";
    static final String REASON_EXAMPLE = "[\"固体废物综合利用率低于实施方案目标值。\"]";

    private SpotCheckRequests() {
    }

    /** A new round: its population, how many to sample, the seed (optional) and the experts. */
    @Schema(name = "SpotCheckDraw")
    public record Draw(
            @Schema(required = true, maxLength = 7, pattern = ROUND_CODE, examples = "2020-01",
                    description = "The round's code: year and sequence; never reused")
            @NotBlank @Size(max = 7) @Pattern(regexp = ROUND_CODE, message = "must be a round code such as 2020-01") String code,
            @Schema(required = true, maxLength = NAME_MAX, examples = "2020年第一批园区循环化改造验收抽查")
            @NotBlank @Size(max = NAME_MAX) String name,
            @Schema(maxItems = 2, description = "Levels of the population; empty or absent = every level",
                    examples = "[\"NATIONAL\"]")
            @Size(max = 2) List<@NotNull ParkLevel> levels,
            @Schema(maxItems = CITIES_MAX, description = "GB/T 2260 cities of the population (the city that reviewed "
                    + "the application); empty or absent = every city", examples = "[\"370600\"]")
            @Size(max = CITIES_MAX) List<@NotNull @Size(max = 6) @Pattern(regexp = "^[0-9]{6}$",
                    message = "must be a 6-digit city code") String> cityCodes,
            @Schema(maxItems = YEARS_MAX, description = "Years of filing (China Standard Time); empty or absent = every year",
                    examples = "[2019, 2020]")
            @Size(max = YEARS_MAX) List<@NotNull @Min(2000) @Max(2100) Integer> filingYears,
            @Schema(minimum = "1", maximum = "1000", nullable = true, examples = "3",
                    description = "How many parks to sample (at most the population); give this or sampleRate")
            @Min(1) @Max(SAMPLE_MAX) Integer sampleSize,
            @Schema(minimum = "0", exclusiveMinimum = true, maximum = "1", nullable = true, examples = "0.2",
                    description = "The share of the population to sample, rounded up, at least one park; give this or sampleSize")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal sampleRate,
            @Schema(maxLength = 64, pattern = SEED, nullable = true, examples = "20200115-shengjingxinwei",
                    description = "The seed of the draw; absent = 32 random hex digits, recorded with the round")
            @Size(max = 64) @Pattern(regexp = SEED, message = "must be 1-64 letters, digits, '.', '_' or '-'") String seed,
            @Schema(required = true, minItems = 1, maxItems = EXPERTS_MAX, examples = "[\"expert.wang\", \"expert.zhao\"]",
                    description = "Usernames of the experts (role expert) who check the sampled parks")
            @NotEmpty @Size(max = EXPERTS_MAX) List<@NotBlank @Size(max = USERNAME_MAX)
                    @Pattern(regexp = USERNAME, message = "must be a username") String> experts) {
    }

    /** What the spot check found about one sampled park. */
    @Schema(name = "SpotCheckFindingInput")
    public record Finding(
            @Schema(required = true, maxLength = 20, examples = "SDP022") @NotBlank @Size(max = 20) String parkCode,
            @Schema(required = true, examples = "RECTIFICATION_REQUIRED") @NotNull SpotCheckOutcome outcome,
            @Schema(required = true, minItems = 1, maxItems = REASONS_MAX, examples = REASON_EXAMPLE)
            @NotEmpty @Size(max = REASONS_MAX) List<@NotBlank @Size(max = REASON_MAX) String> reasons,
            @Schema(format = "date", maxLength = 10, nullable = true, examples = "2020-09-30",
                    description = "Required when the outcome is RECTIFICATION_REQUIRED, not before today (China Standard Time); absent otherwise")
            @Size(max = 10) String rectificationDeadline) {
    }

    /** The end of a required rectification: CONFIRMED (rectified) or REVOKED. */
    @Schema(name = "SpotCheckResolution")
    public record Resolution(
            @Schema(required = true, enumeration = {"CONFIRMED", "REVOKED"}, examples = "CONFIRMED") @NotNull SpotCheckOutcome outcome,
            @Schema(required = true, minItems = 1, maxItems = REASONS_MAX, examples = "[\"固体废物综合利用率已达到95%，经现场核查确认。\"]")
            @NotEmpty @Size(max = REASONS_MAX) List<@NotBlank @Size(max = REASON_MAX) String> reasons) {
    }
}
