package cn.gov.shandong.circular.plans.programme;

import cn.gov.shandong.circular.events.ProgrammeStatus;
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
        Goals goals,
        @Schema(nullable = true, maxLength = 500, examples = "到2020年，全部国家级园区、50%以上的省级园区实施循环化改造",
                description = "The goal in the programme's own words") String goalStatement,
        @Schema(description = "DRAFT (being prepared), ACTIVE (in force) or CLOSED (finished)", examples = "ACTIVE")
        ProgrammeStatus status,
        @Schema(description = "Changes with every write; the ETag", minimum = "0", maximum = "9223372036854775807",
                examples = "0") long version) {

    /** Goal coverage by the end year, as shares of the parks of each level (1.00 = all). */
    @Schema(name = "ProgrammeGoals")
    public record Goals(@Schema(minimum = "0", maximum = "1", examples = "1.00") BigDecimal nationalShare,
                        @Schema(minimum = "0", maximum = "1", examples = "0.50") BigDecimal provincialShare) {
    }

    static ProgrammeView of(Programme programme) {
        return new ProgrammeView(programme.code, programme.name, programme.documentNumber,
                programme.startYear, programme.endYear,
                new Goals(programme.nationalGoalShare, programme.provincialGoalShare),
                programme.goalStatement, programme.status, programme.version);
    }
}
