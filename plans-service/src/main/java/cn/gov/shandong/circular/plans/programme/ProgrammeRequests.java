package cn.gov.shandong.circular.plans.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of programmes; Bean Validation names the field of each refusal. */
public final class ProgrammeRequests {

    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 2100;

    private ProgrammeRequests() {
    }

    /** A new programme, created as a draft. */
    @Schema(name = "ProgrammeDraft")
    public record Create(
            @NotBlank @Size(max = 9) @Pattern(regexp = "\\d{4}-\\d{4}", message = "must be a programme code such as 2021-2025")
            @Schema(required = true, maxLength = 9, pattern = "^[0-9]{4}-[0-9]{4}$", examples = "2021-2025",
                    description = "Stable code, by the programme's years; never reused") String code,
            @NotNull @Valid @Schema(required = true) Definition definition) {
    }

    /** What a programme says: name, issuing document, years and goals. */
    @Schema(name = "ProgrammeDefinition")
    public record Definition(
            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200,
                    examples = "山东省园区循环化改造推进方案（2021-2025年）") String name,
            @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100, examples = "鲁工信资〔2021〕12号",
                    description = "Document number of the issuing notice") String document,
            @NotNull @Min(YEAR_MIN) @Max(YEAR_MAX) @Schema(required = true, minimum = "2000", maximum = "2100",
                    examples = "2021") Integer startYear,
            @NotNull @Min(YEAR_MIN) @Max(YEAR_MAX) @Schema(required = true, minimum = "2000", maximum = "2100",
                    examples = "2025", description = "Not before startYear") Integer endYear,
            @NotNull @Valid @Schema(required = true) Goals goals,
            @Size(max = 500) @Schema(nullable = true, maxLength = 500,
                    examples = "到2025年底，具备条件的省级以上园区全部实施循环化改造") String goalStatement) {
    }

    /** Goal coverage by the end year, as shares of the parks of each level (1.00 = all, 0.50 = at least half). */
    @Schema(name = "ProgrammeGoalsInput")
    public record Goals(
            @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 2)
            @Schema(required = true, minimum = "0", maximum = "1", multipleOf = 0.01, examples = "1.00") BigDecimal nationalShare,
            @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 2)
            @Schema(required = true, minimum = "0", maximum = "1", multipleOf = 0.01, examples = "1.00") BigDecimal provincialShare) {
    }
}
