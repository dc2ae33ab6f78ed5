package cn.gov.shandong.circular.plans.programme;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programme as the API shows it. */
@Schema(name = "Programme")
public record ProgrammeView(
        @Schema(examples = "2018-2020") String code,
        @Schema(examples = "山东省园区循环化改造推进方案（2018-2020年）") String name,
        @Schema(description = "Document number of the issuing notice", examples = "鲁经信循〔2018〕336号") String document,
        int startYear,
        int endYear,
        Goals goals) {

    /** Goal coverage by the end year, as shares of the parks of each level (1.00 = all). */
    @Schema(name = "ProgrammeGoals")
    public record Goals(@Schema(examples = "1.00") BigDecimal nationalShare,
                        @Schema(examples = "0.50") BigDecimal provincialShare) {
    }

    static ProgrammeView of(Programme programme) {
        return new ProgrammeView(programme.code, programme.name, programme.documentNumber,
                programme.startYear, programme.endYear,
                new Goals(programme.nationalGoalShare, programme.provincialGoalShare));
    }
}
