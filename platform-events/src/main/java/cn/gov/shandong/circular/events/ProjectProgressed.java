package cn.gov.shandong.circular.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code plan.project-progressed}: the park recorded the progress of a project of its approved
 * implementation plan (定期调度).
 *
 * @param projectId        the project, stable across the plan's versions
 * @param planId           the approved plan version the project belongs to
 * @param reportedOn       the date the progress is reported as of (ISO-8601 date)
 * @param percentComplete  0-100
 * @param investmentToDate investment made so far, in 万元, at least 0
 * @param note             the park's note, may be null
 */
public record ProjectProgressed(UUID projectId, UUID planId, String parkCode, String cityCode, String projectName,
                                LocalDate reportedOn, Double percentComplete, Double investmentToDate,
                                String note) implements PlansEvent.AboutPark {

    public static final String TYPE = "plan.project-progressed";
    public static final int PROJECT_NAME_MAX = 200;

    public ProjectProgressed {
        Check.of(TYPE)
                .present("projectId", projectId)
                .present("planId", planId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .text("projectName", projectName, PROJECT_NAME_MAX)
                .present("reportedOn", reportedOn)
                .present("percentComplete", percentComplete)
                .amount("percentComplete", percentComplete, Check.HUNDRED)
                .present("investmentToDate", investmentToDate)
                .amount("investmentToDate", investmentToDate, Double.MAX_VALUE)
                .optionalText("note", note, Check.TEXT_MAX)
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
