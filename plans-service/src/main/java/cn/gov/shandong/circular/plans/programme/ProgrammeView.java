package cn.gov.shandong.circular.plans.programme;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programme as the API shows it. */
@Schema(name = "Programme")
public record ProgrammeView(
        @Schema(maxLength = 20, examples = "2018-2020") String code,
        @Schema(maxLength = 200, examples = "山东省园区循环化改造推进方案（2018-2020年）") String name,
        @Schema(description = "Document number of the issuing notice", maxLength = 100, examples = "鲁经信循〔2018〕336号") String document,
        @Schema(minimum = "-2147483648", maximum = "2147483647", examples = "2018") int startYear,
        @Schema(minimum = "-2147483648", maximum = "2147483647", examples = "2020") int endYear,
        Goals goals) {

    /** Goal coverage by the end year, as shares of the parks of each level (1.00 = all). */
    @Schema(name = "ProgrammeGoals")
    public record Goals(@Schema(minimum = "0", maximum = "1", examples = "1.00") BigDecimal nationalShare,
                        @Schema(minimum = "0", maximum = "1", examples = "0.50") BigDecimal provincialShare) {
    }

    static ProgrammeView of(Programme programme) {
        return new ProgrammeView(programme.code, programme.name, programme.documentNumber,
                programme.startYear, programme.endYear,
                new Goals(programme.nationalGoalShare, programme.provincialGoalShare));
    }
}
